"""Right: np.where(p > threshold, 1, 0) on the single column, argmax over the last axis for multiclass."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "done"
MUTATE = [
    ('''    probs = model.predict(x, verbose=0)
    if probs.shape[-1] == 1:
        return (probs[:, 0] > threshold).astype("int64")
    return np.argmax(probs, axis=1)''',
     '''    probs = np.asarray(model.predict(x, verbose=0))
    if probs.shape[1] > 1:
        return probs.argmax(axis=-1)
    return np.where(probs[:, 0] > threshold, 1, 0)'''),
]
