"""Wrong: ignores the first epoch ('warm-up'), so a first epoch at or above the threshold does not stop; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ("""        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True""",
     """        if epoch > 0 and (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True"""),
]
