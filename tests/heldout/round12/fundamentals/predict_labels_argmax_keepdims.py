"""Wrong: keeps the class axis in the multiclass argmax (keepdims=True), giving (N, 1); breaks 'an integer NumPy array (not a tensor) of shape (N,), one label per input'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('return np.argmax(probs, axis=1)',
     'return np.argmax(probs, axis=1, keepdims=True)'),
]
