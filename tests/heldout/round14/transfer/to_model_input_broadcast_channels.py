"""Right: makes the 3 identical channels with tf.broadcast_to from the 1-channel shape instead of grayscale_to_rgb; the same values."""

EXERCISE, VERDICT = "transfer.to_model_input", "done"

MUTATE = [
    ('        x = tf.image.grayscale_to_rgb(x)\n',
     '        x = tf.broadcast_to(x, tf.concat([tf.shape(x)[:-1], [3]], axis=0))\n'),
]
