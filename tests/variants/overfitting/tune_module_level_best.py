"""Wrong: keeps the running best in a module-level dict that is never reset, so a later search that scores lower returns an earlier search's combination; breaks 'The best combination is the one with the highest score' (of this search)."""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", 'module variable _BEST'

MUTATE = [
    (
        'def tune(',
        '_BEST = {"score": -1.0, "params": None}  # the best run so far\n\n\ndef tune(',
    ),
    (
        '        scores[rate, width, drop] = history.history["val_accuracy"][-1]\n    best = max(scores, key=scores.get)\n    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]',
        '        score = history.history["val_accuracy"][-1]\n        if score > _BEST["score"]:\n            _BEST["score"] = score\n            _BEST["params"] = {"learning_rate": rate, "units": width, "dropout": drop}\n    return _BEST["params"], _BEST["score"]',
    ),
]
