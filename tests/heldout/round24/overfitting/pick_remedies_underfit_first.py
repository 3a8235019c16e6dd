"""Wrong: the learner tested the low training accuracy first, so a run that overfits with a low accuracy (0.7 against 0.5) gets 'bigger network'; breaks 'underfitting, when it does not overfit but train_accuracy < 0.8' (overfitting comes first)."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('    if train_accuracy - val_accuracy > 0.1:\n        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n        return picked\n    if train_accuracy < 0.8:\n        return {"bigger network"}\n',
     '    if train_accuracy < 0.8:\n        return {"bigger network"}\n    if train_accuracy - val_accuracy > 0.1:\n        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n        return picked\n'),
]
