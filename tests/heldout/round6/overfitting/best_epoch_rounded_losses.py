"""Wrong: rounds the validation losses to 2 decimals before taking the minimum, so a later, slightly lower loss ties with an earlier one and loses; breaks 'the epoch of the lowest "val_loss"'."""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    return int(np.argmin(np.round(_curves(history)["val_loss"], 2))) + 1'),
]
