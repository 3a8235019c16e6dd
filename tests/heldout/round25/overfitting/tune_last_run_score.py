"""Wrong: picks the best combination but returns the score variable left over from the loop, the last run's; with one value per list (the learner's check) it is the same; breaks 'Returns: ({...}, best_score)'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('scores[rate, width, drop] = history.history["val_accuracy"][-1]',
     'score = history.history["val_accuracy"][-1]\n        scores[rate, width, drop] = score'),
    ('"dropout": best[2]}, scores[best]',
     '"dropout": best[2]}, score'),
]
