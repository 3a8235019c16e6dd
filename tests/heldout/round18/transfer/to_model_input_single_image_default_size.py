"""Wrong: resizes through a helper whose size defaults to (160, 160), and the single-image branch calls it without image_size; breaks 'any size -> resized to `image_size`'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

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
     '''def _resized(batch, size=(160, 160)):
    return tf.image.resize(tf.cast(batch, tf.float32), size).numpy()


def to_model_input(images, image_size=(160, 160)):
    x = tf.convert_to_tensor(images)
    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):
        x = x[..., tf.newaxis]  # grayscale without a channel axis
    if x.shape[-1] == 1:
        x = tf.image.grayscale_to_rgb(x)
    if x.shape.rank == 3:
        return _resized(x[tf.newaxis])  # a single image
    return _resized(x, image_size)
'''),
]
