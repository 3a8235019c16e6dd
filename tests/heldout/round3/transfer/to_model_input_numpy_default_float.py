"""Wrong: Converted the result with np.asarray(x, dtype=float), which is float64; breaks 'uint8 or float64 -> float32 ... Returns: a float32 array'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('''    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
    return x.numpy()''',
     '''    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
    return np.asarray(x, dtype=float)'''),
]
