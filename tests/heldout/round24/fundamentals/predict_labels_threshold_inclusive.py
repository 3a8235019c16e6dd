"""Wrong: the learner wrote >= threshold, reading 'above the threshold' as 'reaches it'; the same on every probability but one exactly at the cut-off; breaks '(exactly at the threshold is 0)'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('return (probs[:, 0] > threshold).astype("int64")',
     'return (probs[:, 0] >= threshold).astype("int64")'),
]
