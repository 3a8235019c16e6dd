"""Wrong: finds the best score but returns the loop variables, i.e. the last combination tried; breaks 'The best combination is the one with the highest score'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    (
        '    best = max(scores, key=scores.get)\n    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]',
        '    best_score = max(scores.values())\n    return {"learning_rate": rate, "units": width, "dropout": drop}, best_score',
    ),
]
