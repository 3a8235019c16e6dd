"""Wrong: collects the remedies in one module-level set that is never emptied, so each call returns the remedies of earlier calls too; breaks 'otherwise the run is fine: no remedy' (and every rule after the first call)."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('''def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    if train_accuracy - val_accuracy > 0.1:
        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked
    if train_accuracy < 0.8:
        return {"bigger network"}
    return set()''',
     '''_PICKED = set()


def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    picked = _PICKED
    if train_accuracy - val_accuracy > 0.1:
        picked.update({"more data", "dropout", "smaller network", "regularization"})
        if inputs == "images":
            picked.add("augmentation")
    elif train_accuracy < 0.8:
        picked.add("bigger network")
    return picked'''),
]
