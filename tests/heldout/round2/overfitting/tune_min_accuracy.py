"""Wrong: Picked the combination with the lowest val_accuracy (min instead of max); breaks 'The best combination is the one with the highest score'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('best = max(scores, key=scores.get)',
     'best = min(scores, key=scores.get)'),
]
