"""Wrong: the dashed curve is always "val_loss" (copied from the loss plot) whatever the key; breaks 'the validation curve, "val_" + key, dashed'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('curves["val_" + key], "--", label=name.title() + " Val")',
     'curves["val_loss"], "--", label=name.title() + " Val")'),
]
