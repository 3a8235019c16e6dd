"""Wrong: thresholds with np.heaviside(p - threshold, 1), which gives 1 exactly at the threshold and returns floats; breaks '(exactly at the threshold is 0)' and 'an integer NumPy array'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    (
        '    if probs.shape[-1] == 1:\n        return (probs[:, 0] > threshold).astype("int64")\n',
        '    if probs.shape[-1] == 1:\n        return np.heaviside(probs[:, 0] - threshold, 1)\n',
    ),
]
