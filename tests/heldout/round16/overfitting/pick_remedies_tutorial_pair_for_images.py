"""Wrong: for overfitting images returned only the image tutorial's pair, {"augmentation", "dropout"}, and the four general remedies only for other inputs; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1: "more data", "dropout", "smaller network", "regularization", and "augmentation" only when `inputs == "images"`'."""

EXERCISE, VERDICT = 'overfitting.pick_remedies', 'wrong'

MUTATE = [
    ('        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n        return picked',
     '        if inputs == "images":\n            return {"augmentation", "dropout"}\n        return {"more data", "dropout", "smaller network", "regularization"}'),
]
