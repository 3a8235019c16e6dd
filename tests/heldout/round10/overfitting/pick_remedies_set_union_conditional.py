"""Right: builds the overfitting answer as a set union with a conditional augmentation set."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "done"

MUTATE = [
    ('        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n        return picked',
     '        extra = {"augmentation"} if inputs == "images" else set()\n        return {"more data", "dropout", "smaller network", "regularization"} | extra'),
]
