"""Wrong: Returned the best combination as a (rate, units, dropout) tuple; breaks 'Returns: ({"learning_rate": ..., "units": ..., "dropout": ...}, best_score)'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]',
     '    return best, scores[best]'),
]
