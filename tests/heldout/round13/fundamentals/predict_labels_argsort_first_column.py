"""Wrong: ranks each row with np.argsort and takes column 0, the smallest probability, meaning the top one; breaks 'the label is the position of the largest in its row'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('    return np.argmax(probs, axis=1)\n',
     '    return np.argsort(probs, axis=1)[:, 0]\n'),
]
