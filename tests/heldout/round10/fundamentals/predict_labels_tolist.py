"""Wrong: returns the labels as a Python list; breaks 'an integer NumPy array (not a tensor) of shape (N,), one label per input'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('    if probs.shape[-1] == 1:\n        return (probs[:, 0] > threshold).astype("int64")\n    return np.argmax(probs, axis=1)',
     '    if probs.shape[-1] == 1:\n        return (probs[:, 0] > threshold).astype("int64").tolist()\n    return np.argmax(probs, axis=1).tolist()'),
]
