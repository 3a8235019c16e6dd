"""Wrong: the learner thresholded the whole (N, 1) output and forgot to take its one column, so binary labels come back as a column; breaks 'an integer NumPy array (not a tensor) of shape (N,)'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('return (probs[:, 0] > threshold).astype("int64")',
     'return (probs > threshold).astype("int64")'),
]
