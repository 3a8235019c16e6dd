"""Right: labels the binary case with np.ceil(probs[:, 0] - threshold).astype('int64'): 1 above the threshold, 0 at or below it (ceil of a number in (-1, 0] is 0)."""

EXERCISE, VERDICT = 'fundamentals.predict_labels', 'done'

MUTATE = [
    ('(probs[:, 0] > threshold).astype("int64")',
     'np.ceil(probs[:, 0] - threshold).astype("int64")'),
]
