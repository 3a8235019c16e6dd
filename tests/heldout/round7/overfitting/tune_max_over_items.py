"""Right: the best pair taken with max over scores.items() and a key function, unpacked."""
EXERCISE, VERDICT = "overfitting.tune", "done"
MUTATE = [
    ("""    best = max(scores, key=scores.get)
    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]""",
     """    (rate, width, drop), best_score = max(scores.items(), key=lambda item: item[1])
    return {"learning_rate": rate, "units": width, "dropout": drop}, best_score"""),
]
