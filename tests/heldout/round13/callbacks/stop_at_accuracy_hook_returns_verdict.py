"""Wrong: returns the comparison from on_epoch_end (return accuracy >= threshold), as if Keras read the hook's answer, and never sets stop_training; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True',
     '        return (logs or {}).get("accuracy", 0.0) >= self.threshold'),
]
