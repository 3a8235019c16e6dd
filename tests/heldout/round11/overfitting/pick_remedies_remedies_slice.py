"""Wrong: returns the first four names of REMEDIES for overfitting, so augmentation comes for every input and regularization never; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1: "more data", "dropout", "smaller network", "regularization", and "augmentation" only when `inputs == "images"`'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n        return picked',
     '        return set(REMEDIES[:4])'),
]
