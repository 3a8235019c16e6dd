"""Wrong: Judged underfitting by the validation accuracy (val_accuracy < 0.8); breaks 'underfitting, when it does not overfit but train_accuracy < 0.8'."""
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
     """    if train_accuracy - val_accuracy > 0.1:
        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked
    if val_accuracy < 0.8:
        return {"bigger network"}
    return set()"""),
]
