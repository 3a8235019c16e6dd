"""Wrong: Watched val_accuracy; breaks 'an epoch ends with an accuracy at or above the threshold' (the 'accuracy' metric; no validation data, never stops)."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('.get("accuracy", 0.0)',
     '.get("val_accuracy", 0.0)'),
]
