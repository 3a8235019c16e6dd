"""Wrong: turns a binary output into two columns [1 - p, p] and takes the argmax like a multiclass one, which always cuts at 0.5 and ignores threshold; breaks 'the label is 1 where it is above `threshold`, else 0'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    (
        '    if probs.shape[-1] == 1:\n        return (probs[:, 0] > threshold).astype("int64")\n',
        '    if probs.shape[-1] == 1:\n        probs = np.hstack([1 - probs, probs])  # one column per class\n',
    ),
]
