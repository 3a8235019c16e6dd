"""Right: Diagnoses first into a word, then builds the set from REMEDIES by name; adds "batch norm" to the overfitting remedies, which the contract allows."""
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
    diagnosis = "overfit" if gap > 0.1 else ("underfit" if train_accuracy < 0.8 else "fine")
    if diagnosis == "fine":
        return set()
    if diagnosis == "underfit":
        return {name for name in REMEDIES if name == "bigger network"}
    wanted = {"more data", "dropout", "smaller network", "regularization", "batch norm"}
    if inputs == "images":
        wanted.add("augmentation")
    return {name for name in REMEDIES if name in wanted}'''),
]
