"""Wrong: returns the score before the parameters; breaks '({"learning_rate": ..., "units": ..., "dropout": ...}, best_score)'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]',
     '    return scores[best], {"learning_rate": best[0], "units": best[1], "dropout": best[2]}'),
]
