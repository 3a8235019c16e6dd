"""Wrong: the validation curve is read from the note's default key, "val_binary_crossentropy", whatever `key` is; breaks 'the validation curve, "val_" + key, dashed'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('curves["val_" + key], "--"',
     'curves["val_binary_crossentropy"], "--"'),
]
