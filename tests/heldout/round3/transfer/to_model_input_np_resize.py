"""Wrong: Used np.resize to the target shape, which repeats or cuts the flat pixel data; breaks 'any size -> resized to image_size: resized, not reshaped, so the picture stays where it was'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('''    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
    return x.numpy()''',
     '''    x = np.asarray(x, dtype="float32")
    return np.resize(x, (x.shape[0], image_size[0], image_size[1], 3))'''),
]
