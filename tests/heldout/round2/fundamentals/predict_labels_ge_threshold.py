"""Wrong: Used >= at the threshold; breaks 'exactly at the threshold is 0'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('(probs[:, 0] > threshold)',
     '(probs[:, 0] >= threshold)'),
]
