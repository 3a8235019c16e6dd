"""Wrong: Returned the boolean comparison without casting; breaks 'an integer array'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('(probs[:, 0] > threshold).astype("int64")',
     '(probs[:, 0] > threshold)'),
]
