"""Wrong: resizes the batch image by image in a loop but keeps only the last one, returning a batch of one; breaks 'a float32 NumPy array (not a tensor) (N, image_size[0], image_size[1], 3)'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('    x = tf.image.resize(tf.cast(x, tf.float32), image_size)',
     '    for image in tf.cast(x, tf.float32):\n        resized = tf.image.resize(image, image_size)\n    x = resized[tf.newaxis]'),
]
