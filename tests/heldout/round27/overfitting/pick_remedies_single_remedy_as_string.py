"""Wrong: the learner returns a set where several remedies apply, but where one remedy is the whole answer, an underfitting run, they return it bare, return "bigger network"; their check was an overfitting run (0.99 against 0.80), which came back as the right set, but an underfitting run now gives a string, and read as a collection of names (set(answer), len(answer), a loop over it) it is 14 characters, not one remedy; breaks 'Returns: a set of remedy names (an empty set when none is needed; a list or tuple of the names passes too)'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('''    if train_accuracy < 0.8:
        return {"bigger network"}''',
     '''    if train_accuracy < 0.8:
        return "bigger network"'''),
]
