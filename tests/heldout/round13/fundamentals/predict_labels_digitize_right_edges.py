"""Right: bins the binary probabilities with np.digitize(probs, [threshold], right=True): 1 only strictly above the threshold."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "done"

MUTATE = [
    ('        return (probs[:, 0] > threshold).astype("int64")',
     '        return np.digitize(probs[:, 0], [threshold], right=True).astype("int64")'),
]
