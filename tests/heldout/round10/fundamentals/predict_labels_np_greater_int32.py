"""Right: thresholds the flattened binary column with np.greater and returns int32, and takes the multiclass argmax on the last axis."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "done"

MUTATE = [
    ('    if probs.shape[-1] == 1:\n        return (probs[:, 0] > threshold).astype("int64")\n    return np.argmax(probs, axis=1)',
     '    if probs.shape[-1] == 1:\n        return np.greater(probs.reshape(-1), threshold).astype(np.int32)\n    return probs.argmax(axis=-1).astype(np.int32)'),
]
