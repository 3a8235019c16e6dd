"""Wrong: keeps note 003's `np.argmax(predictions[0])` for the multiclass case, one label for the first input only (a scalar); breaks 'Returns: an integer NumPy array (not a tensor) of shape (N,), one label per input'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ("    return np.argmax(probs, axis=1)", "    return np.argmax(probs[0])"),
]
