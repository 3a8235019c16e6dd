"""Wrong: Read the accuracy from self.model.history.history['accuracy'][-1] instead of the epoch's logs (the History is not updated yet, or absent); breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '        past = self.model.history.history.get("accuracy", [0.0])\n        if past and past[-1] >= self.threshold:'),
]
