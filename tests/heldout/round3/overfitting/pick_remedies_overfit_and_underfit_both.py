"""Wrong: Also added "bigger network" to an overfitting run with a low training accuracy; breaks 'underfitting, when it does not overfit but train_accuracy < 0.8' (overfitting with a low accuracy)."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('''    if train_accuracy - val_accuracy > 0.1:
        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked
    if train_accuracy < 0.8:
        return {"bigger network"}
    return set()''',
     '''    picked = set()
    if train_accuracy - val_accuracy > 0.1:
        picked |= {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
    if train_accuracy < 0.8:
        picked.add("bigger network")
    return picked'''),
]
