"""Wrong: bins the binary probabilities with np.digitize(probs, [threshold]), whose default edges put a value equal to the threshold in the upper bin; breaks 'the label is 1 where it is above `threshold`, else 0 (exactly at the threshold is 0)'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('        return (probs[:, 0] > threshold).astype("int64")',
     '        return np.digitize(probs[:, 0], [threshold]).astype("int64")'),
]
