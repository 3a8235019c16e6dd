"""Wrong: Told a binary model by probs.shape[0] == 1 (the batch axis) instead of the last axis, so a multiclass batch of one is thresholded and a binary batch is argmaxed; breaks 'a binary model (one sigmoid unit) gives one probability per input, shape (N, 1)'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ("""    if probs.shape[-1] == 1:
        return (probs[:, 0] > threshold).astype("int64")
    return np.argmax(probs, axis=1)""",
     """    if probs.shape[0] == 1:
        return (probs[:, 0] > threshold).astype("int64")
    return np.argmax(probs, axis=1)"""),
]
