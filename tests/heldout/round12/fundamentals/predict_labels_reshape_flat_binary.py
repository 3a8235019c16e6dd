"""Right: thresholds the whole (N, 1) column, then reshapes it to (N,); argmax over the last axis for several classes."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "done"

MUTATE = [
    ('    if probs.shape[-1] == 1:\n        return (probs[:, 0] > threshold).astype("int64")\n    return np.argmax(probs, axis=1)',
     '    if probs.shape[-1] == 1:\n        return (probs > threshold).astype(int).reshape(-1)\n    return probs.argmax(axis=-1)'),
]
