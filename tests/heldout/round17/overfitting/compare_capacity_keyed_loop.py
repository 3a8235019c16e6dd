"""Right: loops over the dict's keys and fits models[name], the given model itself, in the dict's order."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "done"

MUTATE = [
    ('    for name, model in models.items():\n        history = model.fit(',
     '    for name in models:\n        history = models[name].fit('),
]
