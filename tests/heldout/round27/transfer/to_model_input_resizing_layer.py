"""Right: the layout is sorted out in NumPy first (a 2-D image gets a batch and a channel axis; a 3-D input is one image when its last axis is 1 or 3, a batch of grayscale images otherwise; one channel repeated to three), the values cast to float32 unscaled, then a keras.layers.Resizing(height, width) layer (bilinear, as tf.image.resize) makes image_size; returned with keras.ops.convert_to_numpy."""

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
     '''    x = np.asarray(images)
    if x.ndim == 2:
        x = x[np.newaxis, :, :, np.newaxis]  # one grayscale image (H, W)
    elif x.ndim == 3 and x.shape[-1] in (1, 3):
        x = x[np.newaxis]  # one image (H, W, C)
    elif x.ndim == 3:
        x = x[..., np.newaxis]  # a batch of grayscale images (N, H, W)
    if x.shape[-1] == 1:
        x = np.repeat(x, 3, axis=-1)
    resize = keras.layers.Resizing(height=image_size[0], width=image_size[1])
    return keras.ops.convert_to_numpy(resize(x.astype(np.float32)))'''),
]
