"""Right: resizes with method="nearest", which keeps the picture in place and every value an original pixel value (still float32)."""

EXERCISE, VERDICT = "transfer.to_model_input", "done"

MUTATE = [
    (
        '    x = tf.image.resize(tf.cast(x, tf.float32), image_size)\n',
        '    x = tf.image.resize(tf.cast(x, tf.float32), image_size, method="nearest")\n',
    ),
]
