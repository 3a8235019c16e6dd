"""Wrong: tells a softmax output by rows summing to 1, so a binary batch whose probabilities are all close to 1 is read as multiclass (argmax of one column: 0); breaks 'the label is 1 where it is above `threshold`, else 0'."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", 'near 1'

MUTATE = [
    ('    if probs.shape[-1] == 1:\n        return (probs[:, 0] > threshold).astype("int64")\n    return np.argmax(probs, axis=1)',
     '    if np.allclose(probs.sum(axis=1), 1.0, atol=1e-3):\n        return np.argmax(probs, axis=1)\n    return (probs[:, 0] > threshold).astype("int64")'),
]
