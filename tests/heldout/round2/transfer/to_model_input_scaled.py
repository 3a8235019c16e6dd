"""Wrong: Divided by 255 while converting; breaks 'values kept (200 stays 200.0)'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('x = tf.image.resize(tf.cast(x, tf.float32), image_size)',
     'x = tf.image.resize(tf.cast(x, tf.float32), image_size) / 255.0'),
]
