"""Right: Decides the layout with NumPy (np.newaxis, np.repeat for the channels) and only resizes with tf.image.resize."""
EXERCISE, VERDICT = "transfer.to_model_input", "done"
MUTATE = [
    ('''    x = tf.convert_to_tensor(images)
    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):
        x = x[..., tf.newaxis]  # grayscale without a channel axis
    if x.shape.rank == 3:
        x = x[tf.newaxis]  # a single image
    if x.shape[-1] == 1:
        x = tf.image.grayscale_to_rgb(x)
    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
    return x.numpy()''',
     '''    x = np.asarray(images).astype(np.float32)
    if x.ndim == 2:
        x = x[np.newaxis, :, :, np.newaxis]
    elif x.ndim == 3 and x.shape[-1] in (1, 3):
        x = x[np.newaxis]
    elif x.ndim == 3:
        x = x[..., np.newaxis]
    if x.shape[-1] == 1:
        x = np.repeat(x, 3, axis=-1)
    return np.asarray(tf.image.resize(x, tuple(image_size)), dtype=np.float32)'''),
]
