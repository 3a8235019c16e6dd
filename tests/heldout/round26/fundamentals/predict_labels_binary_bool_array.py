"""Wrong: for the binary model the learner returned the comparison itself, probs[:, 0] > threshold, since True/False print, sum and compare like 1/0 in their check (and the multiclass labels were integers already); the binary labels are a bool array, not integers; breaks 'an integer NumPy array (not a tensor) of shape (N,), one label per input'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('        return (probs[:, 0] > threshold).astype("int64")',
     '        return probs[:, 0] > threshold'),
]
