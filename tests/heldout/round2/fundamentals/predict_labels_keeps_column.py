"""Wrong: Thresholded the (N, 1) array without dropping the column; breaks 'an integer array of shape (N,)'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('(probs[:, 0] > threshold).astype("int64")',
     '(probs > threshold).astype("int64")'),
]
