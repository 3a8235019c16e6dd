"""Right: Calls the model in inference mode, then np.where for binary and .argmax(-1) for multiclass."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "done"
MUTATE = [
    ('def predict_labels(model, x, threshold=0.5):\n    probs = model.predict(x, verbose=0)\n    if probs.shape[-1] == 1:\n        return (probs[:, 0] > threshold).astype("int64")\n    return np.argmax(probs, axis=1)',
     'def predict_labels(model, x, threshold=0.5):\n    probs = np.asarray(model(x, training=False))\n    if probs.shape[-1] == 1:\n        return np.where(probs.reshape(-1) > threshold, 1, 0).astype(np.int64)\n    return probs.argmax(-1)'),
]
