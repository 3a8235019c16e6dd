"""Right: multiclass label from the last column of np.argsort (the largest probability)."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "done"
MUTATE = [
    ('    return np.argmax(probs, axis=1)',
     '    return np.argsort(probs, axis=-1)[:, -1]'),
]
