"""Wrong: empties the models dict with popitem(), which takes the models last first and leaves the caller's dict empty; breaks 'one pair per model, in the order of `models`'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('    for name, model in models.items():\n        history = model.fit(',
     '    while models:\n        name, model = models.popitem()\n        history = model.fit('),
]
