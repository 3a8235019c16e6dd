"""Correct: Tf.repeat(x, 3, axis=-1) instead of grayscale_to_rgb, and tf.expand_dims for the new axes."""
EXERCISE, VERDICT = "transfer.to_model_input", "done"
MUTATE = [
    ('x = x[..., tf.newaxis]',
     'x = tf.expand_dims(x, -1)'),
    ('x = x[tf.newaxis]',
     'x = tf.expand_dims(x, 0)'),
    ('x = tf.image.grayscale_to_rgb(x)',
     'x = tf.repeat(x, 3, axis=-1)'),
]
