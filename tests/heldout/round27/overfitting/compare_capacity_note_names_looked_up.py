"""Wrong: the learner fits the models by the note's three names, for name in ("baseline", "smaller", "bigger"): models[name].fit(...), so the curves come out in the note's order whatever order the dict has; with capacity_models() as their check's argument all three trained alike and came back named, but any other dict, another order or other names (say {"wide": ..., "narrow": ...}), gives the wrong order or stops at a KeyError; breaks 'models: {name: compiled model}, ... fitted in the order given (the grader's names and order are its own)'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('''    for name, model in models.items():
        history = model.fit(''',
     '''    for name in ("baseline", "smaller", "bigger"):
        model = models[name]
        history = model.fit('''),
]
