"""Wrong: clips the values to [0, 255] before resizing ("valid pixels"), so images already in [-1, 1] lose their negative half; breaks 'values kept (200 stays 200.0: scaling is the model's job)'."""

EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", '-1 -> -1.0'

MUTATE = [
    ('''    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
''',
     '''    x = tf.image.resize(tf.clip_by_value(tf.cast(x, tf.float32), 0.0, 255.0), image_size)
'''),
]
