"""Right: assigns the comparison to stop_training directly every epoch (False below the threshold, True at or above)."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"
MUTATE = [
    ("""        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True""",
     """        logs = logs or {}
        self.model.stop_training = bool(logs.get("accuracy", 0.0) >= self.threshold)"""),
]
