"""Right: compares the inputs case-insensitively and returns a sorted list of the names."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "done"

MUTATE = [
    ('    if train_accuracy - val_accuracy > 0.1:\n        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n        return picked',
     '    if train_accuracy - val_accuracy > 0.1:\n        picked = ["more data", "dropout", "smaller network", "regularization"]\n        if str(inputs).lower() == "images":\n            picked.append("augmentation")\n        return sorted(picked)'),
]
