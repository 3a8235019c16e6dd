"""Wrong: so that pictures would not be squashed, the learner resized with tf.image.resize(..., preserve_aspect_ratio=True); with image_size (8, 8) and square test images every layout came out (N, 8, 8, 3); but preserve_aspect_ratio only fits the image inside image_size: with image_size (24, 16), a square image comes out 16x16, and an image of another shape at yet another size, never image_size; breaks 'any size -> resized to image_size (height, width)' and 'Returns: a float32 NumPy array (N, image_size[0], image_size[1], 3)'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('''    x = tf.image.resize(tf.cast(x, tf.float32), image_size)''',
     '''    x = tf.image.resize(tf.cast(x, tf.float32), image_size, preserve_aspect_ratio=True)'''),
]
