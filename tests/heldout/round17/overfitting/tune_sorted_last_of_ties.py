"""Right: takes the best combination as sorted(scores, key=scores.get)[-1]: the highest score (among equal scores the last tried, which the docstring leaves open)."""

EXERCISE, VERDICT = "overfitting.tune", "done"

MUTATE = [
    ('best = max(scores, key=scores.get)',
     'best = sorted(scores, key=scores.get)[-1]'),
]
