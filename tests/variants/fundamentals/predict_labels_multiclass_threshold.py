"""Wrong: applies the threshold to multiclass rows too, answering class 0 when the largest probability is not above it; breaks 'the label is the position of the largest in its row'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
SAYS = 'largest probability in each row'
MUTATE = [
    ('    return np.argmax(probs, axis=1)',
     '''    labels = np.argmax(probs, axis=1)
    return np.where(probs.max(axis=1) > threshold, labels, 0)  # not sure enough: class 0'''),
]
