"""Wrong: Returned the largest probability of each row instead of its position; breaks 'the label is the position of the largest in its row ... an integer NumPy array'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ("""    if probs.shape[-1] == 1:
        return (probs[:, 0] > threshold).astype("int64")
    return np.argmax(probs, axis=1)""",
     """    if probs.shape[-1] == 1:
        return (probs[:, 0] > threshold).astype("int64")
    return np.max(probs, axis=1)"""),
]
