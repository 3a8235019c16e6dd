"""Wrong: Argmax over axis 0 (the batch) instead of each row; breaks 'the position of the largest in its row' and shape (N,)."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('np.argmax(probs, axis=1)',
     'np.argmax(probs, axis=0)'),
]
