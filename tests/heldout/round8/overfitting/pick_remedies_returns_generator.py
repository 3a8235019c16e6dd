"""Wrong: returns a generator expression over REMEDIES, not a collection, so it can be read once and compares unequal to any set; breaks 'Returns: a set of remedy names (... a list or tuple of the names passes too)'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    (
        '    if train_accuracy - val_accuracy > 0.1:\n        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n        return picked\n    if train_accuracy < 0.8:\n        return {"bigger network"}\n    return set()',
        '    if train_accuracy - val_accuracy > 0.1:\n        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n    elif train_accuracy < 0.8:\n        picked = {"bigger network"}\n    else:\n        picked = set()\n    return (name for name in REMEDIES if name in picked)  # in the note\'s order',
    ),
]
