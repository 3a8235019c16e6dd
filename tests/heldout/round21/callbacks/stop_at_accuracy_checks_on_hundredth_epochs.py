"""Wrong: copies PrintDot's `if epoch % 100 == 0` guard into the accuracy check, so only epochs 0, 100, ... can stop; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ("        if (logs or {}).get(\"accuracy\", 0.0) >= self.threshold:",
     "        if epoch % 100 == 0 and (logs or {}).get(\"accuracy\", 0.0) >= self.threshold:"),
]
