"""Wrong: squeezed the labels to get a flat vector; for a batch of many inputs it gives (N,), but for a single input it gives a 0-d array; breaks 'an integer NumPy array (not a tensor) of shape (N,)' (batches of 1)."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('return (probs[:, 0] > threshold).astype("int64")',
     'return (probs > threshold).astype("int64").squeeze()'),
    ('return np.argmax(probs, axis=1)',
     'return np.argmax(probs, axis=1).squeeze()'),
]
