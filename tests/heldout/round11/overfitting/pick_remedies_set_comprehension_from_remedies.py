"""Right: builds the overfitting set from REMEDIES with a comprehension that leaves out the two network-size opposites and batch norm, and augmentation unless images."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "done"

MUTATE = [
    ('        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n        return picked',
     '        skip = {"bigger network", "batch norm"} | (set() if inputs == "images" else {"augmentation"})\n        return {remedy for remedy in REMEDIES if remedy not in skip}'),
]
