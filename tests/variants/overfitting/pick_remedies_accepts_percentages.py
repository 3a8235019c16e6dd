"""Right: also accepts accuracies in percent (values above 1 are divided by 100), lower-cases inputs, then applies the kit's rules; on fractions it returns the same sets."""

EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "done", ""

REMEDIES = ("more data", "augmentation", "dropout", "smaller network", "bigger network",
            "regularization", "batch norm")


def _fraction(accuracy):
    return accuracy / 100 if accuracy > 1 else accuracy


def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    train, val = _fraction(train_accuracy), _fraction(val_accuracy)
    if train - val > 0.1:
        remedies = {"more data", "dropout", "smaller network", "regularization"}
        if str(inputs).lower() == "images":
            remedies |= {"augmentation"}
        return remedies
    if train < 0.8:
        return {"bigger network"}
    return set()
