"""Wrong: Called the model and used keras.ops, returning a backend tensor; breaks 'Returns: an integer array of shape (N,)'."""
EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", 'return a NumPy array'
MUTATE = [
    ('''    probs = model.predict(x, verbose=0)
    if probs.shape[-1] == 1:
        return (probs[:, 0] > threshold).astype("int64")
    return np.argmax(probs, axis=1)''',
     '''    probs = model(x, training=False)
    if probs.shape[-1] == 1:
        return keras.ops.cast(probs[:, 0] > threshold, "int32")
    return keras.ops.argmax(probs, axis=1)'''),
]
