"""Wrong: reads both curves from "val_loss" (a copy-pasted key), so the last "training" loss is never below the best validation loss and the answer is always False; breaks 'and the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    (
        '    val_loss, loss = curves["val_loss"], curves["loss"]\n',
        '    val_loss, loss = curves["val_loss"], curves["val_loss"]\n',
    ),
]
