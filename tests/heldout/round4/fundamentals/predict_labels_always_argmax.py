"""Wrong: Took the argmax of every row, binary models too, so a one-column output always gives label 0; breaks 'the label is 1 where it is above `threshold`, else 0'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ("""    if probs.shape[-1] == 1:
        return (probs[:, 0] > threshold).astype("int64")
    return np.argmax(probs, axis=1)""",
     '    return np.argmax(probs, axis=1)'),
]
