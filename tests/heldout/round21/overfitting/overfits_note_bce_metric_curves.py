"""Wrong: judges note 003's plotted curves, "binary_crossentropy" and "val_binary_crossentropy", not the losses (KeyError on a dict with only the losses); breaks 'history: a History or its dict with "loss" and "val_loss"'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('val_loss, loss = curves["val_loss"], curves["loss"]',
     'val_loss, loss = curves["val_binary_crossentropy"], curves["binary_crossentropy"]'),
]
