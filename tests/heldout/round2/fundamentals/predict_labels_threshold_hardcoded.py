"""Wrong: Compared with 0.5 whatever threshold is given; breaks 'above `threshold`' (grader's 0.8)."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('(probs[:, 0] > threshold)',
     '(probs[:, 0] > 0.5)'),
]
