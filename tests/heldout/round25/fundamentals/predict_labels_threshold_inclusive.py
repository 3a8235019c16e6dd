"""Wrong: labelled a binary output 1 when it is at or above the threshold (>=), which matches on every probability but the cut-off itself; breaks '(exactly at the threshold is 0)'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('return (probs[:, 0] > threshold).astype("int64")',
     'return (probs[:, 0] >= threshold).astype("int64")'),
]
