"""Wrong: Rounded the gap to one decimal to dodge float noise, so 0.15 becomes 0.1 and is not overfitting; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1'."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('if train_accuracy - val_accuracy > 0.1:',
     'if round(train_accuracy - val_accuracy, 1) > 0.1:'),
]
