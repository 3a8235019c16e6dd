"""Right: collects (score, learning_rate, units, dropout) tuples and takes the max by score (the first of equal scores, as the dict does)."""

EXERCISE, VERDICT = "overfitting.tune", "done"

MUTATE = [
    ('        scores[rate, width, drop] = history.history["val_accuracy"][-1]\n    best = max(scores, key=scores.get)\n    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]',
     '        scores[rate, width, drop] = history.history["val_accuracy"][-1]\n    results = [(score, key) for key, score in scores.items()]\n    score, (rate, width, drop) = max(results, key=lambda result: result[0])\n    return {"learning_rate": rate, "units": width, "dropout": drop}, score'),
]
