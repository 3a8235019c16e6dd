"""Wrong: counted a training accuracy of 0.8 as underfitting (<= 0.8); 0.6 and 0.95 behave as before; breaks 'underfitting, when it does not overfit but train_accuracy < 0.8'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('if train_accuracy < 0.8:',
     'if train_accuracy <= 0.8:'),
]
