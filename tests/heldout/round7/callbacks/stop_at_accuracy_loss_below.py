"""Wrong: stops when the training loss falls to 1 - threshold, reading the threshold as a loss target; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch; below it, training goes on'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ("""        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True""",
     """        if (logs or {}).get("loss", 1.0) <= 1 - self.threshold:
            self.model.stop_training = True"""),
]
