"""Wrong: looks for the best val_loss only among the epochs at least patience before the end (val_loss[:-patience]), so the condition on the distance always holds: a run whose val_loss is still falling counts as overfitting; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    (
        '    val_loss, loss = curves["val_loss"], curves["loss"]\n    best = int(np.argmin(val_loss))\n',
        '    val_loss, loss = curves["val_loss"], curves["loss"]\n    best = int(np.argmin(val_loss[:-patience]))  # the best before the last `patience` epochs\n',
    ),
]
