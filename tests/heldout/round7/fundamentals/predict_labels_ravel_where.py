"""Right: binary labels with np.where on the flattened probabilities."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "done"
MUTATE = [
    ('        return (probs[:, 0] > threshold).astype("int64")',
     '        return np.where(probs.ravel() > threshold, 1, 0)'),
]
