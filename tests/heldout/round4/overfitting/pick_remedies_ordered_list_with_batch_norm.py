"""Right: Returns a list in REMEDIES order, adding the optional "batch norm" for overfitting runs, and an empty list for a fine run."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "done"
MUTATE = [
    ("""    if train_accuracy - val_accuracy > 0.1:
        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked
    if train_accuracy < 0.8:
        return {"bigger network"}
    return set()""",
     """    overfit = train_accuracy - val_accuracy > 0.1
    if overfit:
        wanted = {"more data", "dropout", "smaller network", "regularization", "batch norm"}
        if inputs == "images":
            wanted.add("augmentation")
    elif train_accuracy < 0.8:
        wanted = {"bigger network"}
    else:
        wanted = set()
    return [name for name in REMEDIES if name in wanted]"""),
]
