"""Right: resizes with keras.ops.image.resize (bilinear) and converts with keras.ops.convert_to_numpy."""

EXERCISE, VERDICT = "transfer.to_model_input", "done"

MUTATE = [
    ('    x = tf.image.resize(tf.cast(x, tf.float32), image_size)\n    return x.numpy()',
     '    x = keras.ops.image.resize(tf.cast(x, tf.float32), tuple(image_size), interpolation="bilinear")\n    return keras.ops.convert_to_numpy(x).astype("float32")'),
]
