"""Wrong: Built the validation key as "val" + key, without the underscore; breaks 'the validation curve, "val_" + key'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('curves["val_" + key]',
     'curves["val" + key]'),
]
