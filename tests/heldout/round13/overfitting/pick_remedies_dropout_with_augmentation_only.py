"""Wrong: indents the dropout under the images test with augmentation, so text and tables overfitting get no dropout; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1: "more data", "dropout", "smaller network", "regularization"'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")',
     '        picked = {"more data", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n            picked.add("dropout")'),
]
