"""Right: the diagnosis as two booleans, the picks gathered in a list in REMEDIES order and returned sorted."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "done"

REMEDIES = ("more data", "augmentation", "dropout", "smaller network", "bigger network",
            "regularization", "batch norm")


def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    overfitting = (train_accuracy - val_accuracy) > 0.1
    underfitting = not overfitting and train_accuracy < 0.8
    if overfitting:
        wanted = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            wanted.add("augmentation")
    elif underfitting:
        wanted = {"bigger network"}
    else:
        wanted = set()
    return sorted(name for name in REMEDIES if name in wanted)
