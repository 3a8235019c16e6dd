"""Wrong: <= 0.8 for underfitting; breaks 'train_accuracy < 0.8' (a training accuracy of exactly 0.8 is fine)."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('if train_accuracy < 0.8:',
     'if train_accuracy <= 0.8:'),
]
