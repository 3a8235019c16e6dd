"""Wrong: collects the remedies in a default argument picked=set(), made once, so each call returns the remedies of every earlier call too (a fine run after an overfit one is no longer empty); breaks 'otherwise the run is fine: no remedy'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('def pick_remedies(train_accuracy, val_accuracy, inputs="images"):\n    if train_accuracy - val_accuracy > 0.1:\n        picked = {"more data", "dropout", "smaller network", "regularization"}\n',
     'def pick_remedies(train_accuracy, val_accuracy, inputs="images", picked=set()):\n    if train_accuracy - val_accuracy > 0.1:\n        picked.update({"more data", "dropout", "smaller network", "regularization"})\n'),
    ('        return {"bigger network"}\n    return set()',
     '        picked.add("bigger network")\n    return picked'),
]
