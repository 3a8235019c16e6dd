"""Right: Decides binary or multiclass from model.output_shape and flattens the binary column with ravel(), casting to int32."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "done"
MUTATE = [
    ("""    if probs.shape[-1] == 1:
        return (probs[:, 0] > threshold).astype("int64")
    return np.argmax(probs, axis=1)""",
     """    if model.output_shape[-1] == 1:
        return (probs > threshold).astype(np.int32).ravel()
    return probs.argmax(axis=-1).astype(np.int32)"""),
]
