"""Right: NumPy layout by a match on the rank, np.repeat for grayscale, keras.ops.image.resize for the size."""

EXERCISE, VERDICT = "transfer.to_model_input", "done"

MUTATE = [
    ('''def to_model_input(images, image_size=(160, 160)):
    x = tf.convert_to_tensor(images)
    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):
        x = x[..., tf.newaxis]  # grayscale without a channel axis
    if x.shape.rank == 3:
        x = x[tf.newaxis]  # a single image
    if x.shape[-1] == 1:
        x = tf.image.grayscale_to_rgb(x)
    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
    return x.numpy()
''',
     '''def to_model_input(images, image_size=(160, 160)):
    x = np.asarray(images)
    match x.ndim:
        case 2:
            x = x[np.newaxis, ..., np.newaxis]
        case 3 if x.shape[-1] in (1, 3):
            x = x[np.newaxis]
        case 3:
            x = x[..., np.newaxis]
    if x.shape[-1] == 1:
        x = np.repeat(x, 3, axis=-1)
    resized = keras.ops.image.resize(x.astype("float32"), tuple(image_size))
    return np.asarray(keras.ops.convert_to_numpy(resized), dtype="float32")
'''),
]
