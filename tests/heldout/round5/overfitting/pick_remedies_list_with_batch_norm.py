"""Right: Builds a list, adding "batch norm" to the overfitting cure (allowed anywhere), and returns [] when fine."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "done"
MUTATE = [
    ('def pick_remedies(train_accuracy, val_accuracy, inputs="images"):\n    if train_accuracy - val_accuracy > 0.1:\n        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n        return picked\n    if train_accuracy < 0.8:\n        return {"bigger network"}\n    return set()',
     'def pick_remedies(train_accuracy, val_accuracy, inputs="images"):\n    gap = train_accuracy - val_accuracy\n    if gap > 0.1:\n        names = ["more data", "dropout", "smaller network", "regularization", "batch norm"]\n        if inputs == "images":\n            names.insert(1, "augmentation")\n        return names\n    return ["bigger network"] if train_accuracy < 0.8 else []'),
]
