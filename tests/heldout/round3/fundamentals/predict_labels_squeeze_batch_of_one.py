"""Wrong: Squeezed the predictions first, so a batch of 1 gives a 0-d label; breaks 'Returns: an integer array of shape (N,)' (batch of 1 input)."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('''    probs = model.predict(x, verbose=0)
    if probs.shape[-1] == 1:
        return (probs[:, 0] > threshold).astype("int64")
    return np.argmax(probs, axis=1)''',
     '''    probs = np.squeeze(model.predict(x, verbose=0))
    if model.output_shape[-1] == 1:
        return (probs > threshold).astype("int64")
    return np.argmax(probs, axis=-1)'''),
]
