"""Wrong: declares any run with a validation accuracy of 0.9 or more fine before looking at the gap; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('def pick_remedies(train_accuracy, val_accuracy, inputs="images"):\n    if train_accuracy',
     'def pick_remedies(train_accuracy, val_accuracy, inputs="images"):\n    if val_accuracy >= 0.9:\n        return set()\n    if train_accuracy'),
]
