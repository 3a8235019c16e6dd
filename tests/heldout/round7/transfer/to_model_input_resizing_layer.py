"""Right: resizes with keras.layers.Resizing (bilinear, no crop), converted with keras.ops.convert_to_numpy."""
EXERCISE, VERDICT = "transfer.to_model_input", "done"
MUTATE = [
    ("""    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
    return x.numpy()""",
     """    resized = keras.layers.Resizing(image_size[0], image_size[1])(tf.cast(x, "float32"))
    return keras.ops.convert_to_numpy(resized).astype("float32")"""),
]
