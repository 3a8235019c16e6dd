"""Wrong: returns float16 to halve the memory; breaks 'uint8 or float64 -> float32' / 'Returns: a float32 NumPy array'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ("""    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
    return x.numpy()""",
     """    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
    return x.numpy().astype("float16")"""),
]
