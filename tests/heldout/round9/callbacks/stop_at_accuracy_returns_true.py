"""Wrong: returns True from on_epoch_end to ask for the stop, as if the return value mattered; Keras ignores it (only model.stop_training ends fit()), so training runs on; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    (
        '        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True\n',
        '        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            return True  # tell Keras to stop\n        return False\n',
    ),
]
