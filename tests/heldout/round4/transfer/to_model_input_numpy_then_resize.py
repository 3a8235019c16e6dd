"""Right: Decides the layout with NumPy (ndim), repeats the gray channel with np.repeat, then resizes with tf.image.resize and returns float32 NumPy."""
EXERCISE, VERDICT = "transfer.to_model_input", "done"
MUTATE = [
    ("""    x = tf.convert_to_tensor(images)
    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):
        x = x[..., tf.newaxis]  # grayscale without a channel axis
    if x.shape.rank == 3:
        x = x[tf.newaxis]  # a single image
    if x.shape[-1] == 1:
        x = tf.image.grayscale_to_rgb(x)
    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
    return x.numpy()""",
     """    x = np.asarray(images)
    if x.ndim == 2 or (x.ndim == 3 and x.shape[-1] not in (1, 3)):
        x = x[..., np.newaxis]
    if x.ndim == 3:
        x = x[np.newaxis, ...]
    if x.shape[-1] == 1:
        x = np.repeat(x, 3, axis=-1)
    resized = tf.image.resize(x.astype(np.float32), size=image_size)
    return np.asarray(resized, dtype=np.float32)"""),
]
