"""Right: a match statement on the pair (overfits, underfits), building the set from a list."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "done"

MUTATE = [
    ('''def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    if train_accuracy - val_accuracy > 0.1:
        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked
    if train_accuracy < 0.8:
        return {"bigger network"}
    return set()
''',
     '''def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    overfitting = train_accuracy - val_accuracy > 0.1
    match overfitting, train_accuracy < 0.8:
        case True, _:
            picked = ["more data", "dropout", "smaller network", "regularization"]
            if inputs == "images":
                picked.append("augmentation")
            return set(picked)
        case False, True:
            return {"bigger network"}
        case _:
            return set()
'''),
]
