"""Wrong: one rule for both kinds, counting the outputs above the threshold, which for a multiclass model gives 0 or 1 instead of the class; breaks 'the label is the position of the largest in its row'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ("""    probs = model.predict(x, verbose=0)
    if probs.shape[-1] == 1:
        return (probs[:, 0] > threshold).astype("int64")
    return np.argmax(probs, axis=1)""",
     """    probs = model.predict(x, verbose=0)
    return (probs > threshold).sum(axis=-1).astype("int64")"""),
]
