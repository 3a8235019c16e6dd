"""Wrong: keeps a running best combination but returns the score of the last run, not the best one's; breaks 'Returns: ({...}, best_score)'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ("""    best = max(scores, key=scores.get)
    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]""",
     """    best, best_score = None, -1.0
    for combination, score in scores.items():
        if score > best_score:
            best, best_score = combination, score
    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, score"""),
]
