"""Right: reads the kind of model from the prediction's shape, thresholds a single sigmoid column with np.greater and reinterprets the bool result as int8 (.view, 0 or 1), and takes the argmax along the last axis for a multiclass model: an integer NumPy array of shape (N,) either way."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "done"

MUTATE = [
    ('    probs = model.predict(x, verbose=0)\n'
     '    if probs.shape[-1] == 1:\n'
     '        return (probs[:, 0] > threshold).astype("int64")\n'
     '    return np.argmax(probs, axis=1)',
     '    scores = np.asarray(model.predict(x, verbose=0))\n'
     '    if scores.ndim == 2 and scores.shape[1] == 1:\n'
     '        return np.greater(scores[:, 0], threshold).view(np.int8)\n'
     '    return scores.argmax(axis=-1)'),
]
