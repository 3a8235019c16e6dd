"""Wrong: Passed image_size as (width, height); breaks 'resized to image_size (height, width)' for (24, 16)."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('x = tf.image.resize(tf.cast(x, tf.float32), image_size)',
     'x = tf.image.resize(tf.cast(x, tf.float32), image_size[::-1])'),
]
