"""Wrong: rounds the resized pixels back to whole values (tf.round) so they stay whole like a uint8 image's, which also rounds every float64 input; breaks 'uint8 or float64 -> float32, values kept'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('    x = tf.image.resize(tf.cast(x, tf.float32), image_size)\n    return x.numpy()',
     '    x = tf.round(tf.image.resize(tf.cast(x, tf.float32), image_size))\n    return x.numpy()'),
]
