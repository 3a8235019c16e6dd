"""Right: builds the binary labels with a list comprehension, np.array([1 if p[0] > threshold else 0 for p in probs]), an int64 array of shape (N,)."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "done"

MUTATE = [
    ('return (probs[:, 0] > threshold).astype("int64")',
     'return np.array([1 if p[0] > threshold else 0 for p in probs])'),
]
