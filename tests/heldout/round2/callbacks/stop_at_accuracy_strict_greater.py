"""Wrong: Stops only when accuracy > threshold; breaks 'reads "reaches" as >= : an accuracy of exactly 0.98 stops'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('.get("accuracy", 0.0) >= self.threshold',
     '.get("accuracy", 0.0) > self.threshold'),
]
