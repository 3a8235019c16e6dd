"""Right: builds the names as a list and returns a frozenset (an empty one when the run is fine)."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "done"
MUTATE = [
    ('''    if train_accuracy - val_accuracy > 0.1:
        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked
    if train_accuracy < 0.8:
        return {"bigger network"}
    return set()''',
     '''    gap = train_accuracy - val_accuracy
    if gap > 0.1:
        names = ["more data", "dropout", "smaller network", "regularization"]
        if inputs == "images":
            names.append("augmentation")
        return frozenset(names)
    return frozenset(["bigger network"] if train_accuracy < 0.8 else [])'''),
]
