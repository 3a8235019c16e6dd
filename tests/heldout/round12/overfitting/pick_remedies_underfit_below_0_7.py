"""Wrong: calls a run underfitting only below a training accuracy of 0.7; breaks 'underfitting, when it does not overfit but train_accuracy < 0.8'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('    if train_accuracy < 0.8:\n        return {"bigger network"}',
     '    if train_accuracy < 0.7:\n        return {"bigger network"}'),
]
