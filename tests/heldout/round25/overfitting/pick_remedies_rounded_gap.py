"""Wrong: rounded the gap to avoid float noise and counted a gap of 0.1 or more as overfitting; 0.15 and 0.05 behave as before; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1' (a gap of exactly 0.1 is not)."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('if train_accuracy - val_accuracy > 0.1:',
     'if round(train_accuracy - val_accuracy, 6) >= 0.1:'),
]
