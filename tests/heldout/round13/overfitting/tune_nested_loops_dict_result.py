"""Right: loops with three nested for statements and keeps the best in a running (score, settings) pair updated only on a strictly higher score, in the product's order."""

EXERCISE, VERDICT = "overfitting.tune", "done"

MUTATE = [
    ('    best = max(scores, key=scores.get)\n    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]',
     '    best_score, best = None, None\n    for rate in learning_rates:\n        for width in units:\n            for drop in dropouts:\n                score = scores[rate, width, drop]\n                if best_score is None or score > best_score:\n                    best_score, best = score, dict(learning_rate=rate, units=width, dropout=drop)\n    return best, best_score'),
]
