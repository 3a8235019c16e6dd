"""Wrong: Used the absolute gap, so a validation accuracy well above training counts as overfitting; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1'."""
EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", "validation above training is not"
MUTATE = [
    ('if train_accuracy - val_accuracy > 0.1:',
     'if abs(train_accuracy - val_accuracy) > 0.1:'),
]
