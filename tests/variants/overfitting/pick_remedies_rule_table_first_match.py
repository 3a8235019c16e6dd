"""Right: a first-match table of (condition, remedies) pairs, the way a rules engine or a sklearn-style checklist is written."""

EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "done", ""

def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    gap = train_accuracy - val_accuracy
    against_overfitting = {"more data", "dropout", "smaller network", "regularization"}
    if inputs == "images":
        against_overfitting = against_overfitting | {"augmentation"}
    rules = [
        (gap > 0.1, against_overfitting),
        (train_accuracy < 0.8, {"bigger network"}),
        (True, set()),
    ]
    return next(set(remedies) for applies, remedies in rules if applies)
