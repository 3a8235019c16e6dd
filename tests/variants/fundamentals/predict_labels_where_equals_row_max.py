"""Wrong: finds each row's class with np.where(probs == probs.max(axis=1, keepdims=True))[1]; a row whose top probabilities tie gives two labels, so the result can be longer than N; breaks 'an integer NumPy array (not a tensor) of shape (N,), one label per input'."""

EXERCISE, VERDICT, SAYS = 'fundamentals.predict_labels', 'wrong', 'labels shape'

MUTATE = [
    ('    return np.argmax(probs, axis=1)',
     '    return np.where(probs == probs.max(axis=1, keepdims=True))[1]'),
]
