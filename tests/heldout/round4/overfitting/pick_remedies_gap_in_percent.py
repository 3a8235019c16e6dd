"""Wrong: Compared the gap with 10, as if the accuracies were percentages, so 0..1 accuracies never overfit; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1'."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ("""    if train_accuracy - val_accuracy > 0.1:
        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked
    if train_accuracy < 0.8:
        return {"bigger network"}
    return set()""",
     """    if train_accuracy - val_accuracy > 10:
        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked
    if train_accuracy < 0.8:
        return {"bigger network"}
    return set()"""),
]
