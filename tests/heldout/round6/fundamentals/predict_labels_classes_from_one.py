"""Wrong: adds 1 to the multiclass argmax so that classes count from 1; breaks 'the label is the position of the largest in its row'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('    return np.argmax(probs, axis=1)',
     '    return np.argmax(probs, axis=1) + 1  # classes 1..k'),
]
