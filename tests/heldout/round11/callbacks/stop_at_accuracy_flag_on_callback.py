"""Wrong: sets stop_training on the callback itself (self.stop_training) instead of on self.model, so fit() never sees it; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('            self.model.stop_training = True',
     '            self.stop_training = True'),
]
