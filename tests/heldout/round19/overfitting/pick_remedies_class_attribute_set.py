"""Wrong: keeps the overfitting remedies in a class attribute and adds "augmentation" to that set, so after one image run every later text or table run gets augmentation too; breaks '"augmentation" only when `inputs == "images"`'."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('''def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    if train_accuracy - val_accuracy > 0.1:
        picked = {"more data", "dropout", "smaller network", "regularization"}
''', '''class _Diagnosis:
    overfitting = {"more data", "dropout", "smaller network", "regularization"}


def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    if train_accuracy - val_accuracy > 0.1:
        picked = _Diagnosis.overfitting
'''),
]
