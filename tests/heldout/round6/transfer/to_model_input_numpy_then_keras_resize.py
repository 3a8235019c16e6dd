"""Right: NumPy for the layout (new axes, three stacked channels), keras.ops.image.resize (bilinear) for the size."""
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
     '''    x = np.asarray(images).astype("float32")
    if x.ndim == 2:
        x = x[None, :, :, None]
    elif x.ndim == 3:
        x = x[None] if x.shape[-1] in (1, 3) else x[..., None]
    if x.shape[-1] == 1:
        x = np.concatenate([x, x, x], axis=-1)
    resized = keras.ops.image.resize(x, tuple(image_size), interpolation="bilinear")
    return np.asarray(keras.ops.convert_to_numpy(resized), dtype="float32")'''),
]
