"""Wrong: fits and returns the models sorted by parameter count, smallest first, for a tidier plot; breaks 'one pair per model, in the order of `models`'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('    for name, model in models.items():',
     '    for name, model in sorted(models.items(), key=lambda item: item[1].count_params()):'),
]
