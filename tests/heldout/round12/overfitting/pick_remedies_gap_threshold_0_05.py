"""Wrong: calls a gap of more than 0.05 (five points) overfitting; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('    if train_accuracy - val_accuracy > 0.1:',
     '    if train_accuracy - val_accuracy > 0.05:'),
]
