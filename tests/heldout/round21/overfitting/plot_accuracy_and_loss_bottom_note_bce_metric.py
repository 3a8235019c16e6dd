"""Wrong: the bottom plot draws note 003's "binary_crossentropy" metric curves instead of the loss (KeyError on a history with only the four keys); breaks 'bottom:    "loss" and "val_loss"'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('bottom.plot(curves["loss"], label="Training Loss")\n    bottom.plot(curves["val_loss"], label="Validation Loss")',
     'bottom.plot(curves["binary_crossentropy"], label="Training Loss")\n    bottom.plot(curves["val_binary_crossentropy"], label="Validation Loss")'),
]
