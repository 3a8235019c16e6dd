"""Wrong: resizes and casts the result back to the input's dtype before float32, so a uint8 image's interpolated values are truncated; breaks 'uint8 or float64 -> float32, values kept'."""

EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", 'ramp'

MUTATE = [
    ('    x = tf.image.resize(tf.cast(x, tf.float32), image_size)',
     '    x = tf.cast(tf.cast(tf.image.resize(x, image_size), x.dtype), tf.float32)'),
]
