"""Wrong: Checked the accuracy in on_train_end, which runs once after the last epoch, so nothing ever ends the run early; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ("""    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= self.threshold:""",
     """    def on_train_end(self, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= self.threshold:"""),
]
