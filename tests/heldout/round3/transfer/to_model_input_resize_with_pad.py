"""Wrong: Resized with tf.image.resize_with_pad, which keeps the aspect ratio and pads with black; breaks 'any size -> resized to image_size: resized, not reshaped, so the picture stays where it was' (it shrinks and moves)."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('''    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
    return x.numpy()''',
     '''    x = tf.image.resize_with_pad(tf.cast(x, tf.float32), image_size[0], image_size[1])
    return x.numpy()'''),
]
