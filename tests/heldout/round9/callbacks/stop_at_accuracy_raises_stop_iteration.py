"""Wrong: raises StopIteration to end the loop when the target is reached; fit() does not catch it there, so the run ends with an exception instead of a History; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    (
        '        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True\n',
        '        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            raise StopIteration(f"accuracy reached {self.threshold}")\n',
    ),
]
