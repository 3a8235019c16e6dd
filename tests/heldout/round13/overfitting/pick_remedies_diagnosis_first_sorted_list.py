"""Right: names the diagnosis first (overfit, underfit or fine), then returns a sorted list of the remedies for it."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "done"

MUTATE = [
    ('    if train_accuracy - val_accuracy > 0.1:\n        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n        return picked\n    if train_accuracy < 0.8:\n        return {"bigger network"}\n    return set()',
     '    overfit = train_accuracy - val_accuracy > 0.1\n    underfit = not overfit and train_accuracy < 0.8\n    picked = []\n    if overfit:\n        picked = ["more data", "dropout", "smaller network", "regularization"]\n        if inputs == "images":\n            picked.append("augmentation")\n    elif underfit:\n        picked = ["bigger network"]\n    return sorted(picked)'),
]
