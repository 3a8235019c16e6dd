"""Wrong: keeps each run's whole val_accuracy list, picks by its last value, but returns the list as the score; breaks 'Returns: ({"learning_rate": ..., "units": ..., "dropout": ...}, best_score)'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('''        scores[rate, width, drop] = history.history["val_accuracy"][-1]
    best = max(scores, key=scores.get)
''',
     '''        scores[rate, width, drop] = history.history["val_accuracy"]
    best = max(scores, key=lambda combo: scores[combo][-1])
'''),
]
