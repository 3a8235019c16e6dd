"""Wrong: fills a module-level BEST_TEMPLATE dict with .update() and returns that same dict, so each call rewrites the module's variable and every earlier result; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('"regularization", "batch norm")\n',
     '"regularization", "batch norm")\n\nBEST_TEMPLATE = {"learning_rate": None, "units": None, "dropout": None}\n'),
    ('    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]',
     '    result = BEST_TEMPLATE\n    result.update(learning_rate=best[0], units=best[1], dropout=best[2])\n    return result, scores[best]'),
]
