"""Wrong: Read logs['acc'] as the notes name it, which is absent when compiled with 'accuracy'; breaks 'the name is "accuracy"' (never stops)."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('.get("accuracy", 0.0)',
     '.get("acc", 0.0)'),
]
