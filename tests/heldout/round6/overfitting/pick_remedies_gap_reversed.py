"""Wrong: computes the gap as val_accuracy - train_accuracy; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1'."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('    if train_accuracy - val_accuracy > 0.1:',
     '    if val_accuracy - train_accuracy > 0.1:'),
]
