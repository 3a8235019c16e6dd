"""Wrong: the learner wrote train_accuracy <= 0.8 for underfitting, counting 80% as too low; breaks 'underfitting, when it does not overfit but train_accuracy < 0.8' (a training accuracy of exactly 0.8 is fine)."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('if train_accuracy < 0.8:',
     'if train_accuracy <= 0.8:'),
]
