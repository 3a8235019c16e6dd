"""Wrong: stores each score under its unit count only, so later combinations overwrite earlier ones and the best is picked among the survivors; breaks 'for every (learning_rate, units, dropout) of the three lists ... The best combination is the one with the highest score'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
SAYS = 'best configuration'
MUTATE = [
    ("""        scores[rate, width, drop] = history.history["val_accuracy"][-1]
    best = max(scores, key=scores.get)
    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]""",
     """        scores[width] = (history.history["val_accuracy"][-1], rate, drop)
    width = max(scores, key=lambda key: scores[key][0])
    score, rate, drop = scores[width]
    return {"learning_rate": rate, "units": width, "dropout": drop}, score"""),
]
