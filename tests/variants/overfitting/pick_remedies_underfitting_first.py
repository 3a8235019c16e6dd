"""Wrong: the low-accuracy rule asked first, so an overfitting run with low accuracy gets a bigger network."""
EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", "overfitting first"


def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    if train_accuracy < 0.8:
        return {"bigger network"}
    if train_accuracy - val_accuracy > 0.1:
        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked
    return set()
