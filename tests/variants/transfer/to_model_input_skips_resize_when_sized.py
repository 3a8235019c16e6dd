"""Wrong: resizes (and so casts) only when the size differs, which returns uint8 or float64 arrays that already have the right size; breaks 'uint8 or float64 -> float32, values kept'."""

EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", 'float32'

MUTATE = [
    ('    x = tf.image.resize(tf.cast(x, tf.float32), image_size)\n    return x.numpy()',
     '    if tuple(x.shape[1:3]) != tuple(image_size):\n        x = tf.image.resize(tf.cast(x, tf.float32), image_size)\n    return x.numpy()'),
]
