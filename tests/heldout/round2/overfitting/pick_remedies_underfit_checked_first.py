"""Wrong: Tested underfitting before overfitting, so overfitting with a low accuracy gets 'bigger network'; breaks 'underfitting, when it does not overfit but ...'."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('    if train_accuracy - val_accuracy > 0.1:\n        picked = {"more data", "dropout", "smaller network", "regularization"}',
     '    if train_accuracy < 0.8:\n        return {"bigger network"}\n    if train_accuracy - val_accuracy > 0.1:\n        picked = {"more data", "dropout", "smaller network", "regularization"}'),
]
