"""Right: collects (params, score) pairs in a list and picks the first highest with np.argmax."""

EXERCISE, VERDICT = "overfitting.tune", "done"

MUTATE = [
    ('    scores = {}\n',
     '    results = []\n'),
    ('        scores[rate, width, drop] = history.history["val_accuracy"][-1]\n    best = max(scores, key=scores.get)\n    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]',
     '        results.append(({"learning_rate": rate, "units": width, "dropout": drop},\n                        history.history["val_accuracy"][-1]))\n    best = int(np.argmax([score for _, score in results]))\n    return results[best]'),
]
