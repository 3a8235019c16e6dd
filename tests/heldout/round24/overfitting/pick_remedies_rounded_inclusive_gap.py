"""Wrong: the learner rounded the gap to 2 decimals to dodge float noise and then tested >= 0.1, reading 'a gap of 0.1' as already overfitting; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1' (a gap of exactly 0.1 is not)."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('if train_accuracy - val_accuracy > 0.1:',
     'if round(train_accuracy - val_accuracy, 2) >= 0.1:'),
]
