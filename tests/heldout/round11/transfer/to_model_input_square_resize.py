"""Wrong: resizes to (image_size[0], image_size[0]), a square of the height; breaks 'any size -> resized to `image_size` (height, width)'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('    x = tf.image.resize(tf.cast(x, tf.float32), image_size)',
     '    x = tf.image.resize(tf.cast(x, tf.float32), (image_size[0], image_size[0]))'),
]
