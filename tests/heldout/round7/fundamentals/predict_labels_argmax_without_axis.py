"""Wrong: np.argmax(probs) without an axis, the index into the flattened batch; breaks 'an integer NumPy array (not a tensor) of shape (N,), one label per input'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('    return np.argmax(probs, axis=1)',
     '    return np.argmax(probs)'),
]
