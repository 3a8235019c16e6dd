"""Wrong: Added a channel axis only to 3-D batches of grayscale images, forgetting a single (H, W) image; breaks 'grayscale (H, W) ... -> 3 identical channels' in a batch of one."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('def to_model_input(images, image_size=(160, 160)):\n    x = tf.convert_to_tensor(images)\n    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):\n        x = x[..., tf.newaxis]  # grayscale without a channel axis\n    if x.shape.rank == 3:\n        x = x[tf.newaxis]  # a single image\n    if x.shape[-1] == 1:\n        x = tf.image.grayscale_to_rgb(x)\n    x = tf.image.resize(tf.cast(x, tf.float32), image_size)\n    return x.numpy()',
     'def to_model_input(images, image_size=(160, 160)):\n    x = tf.convert_to_tensor(images)\n    if x.shape.rank == 3 and x.shape[-1] not in (1, 3):\n        x = x[..., tf.newaxis]  # grayscale without a channel axis\n    if x.shape.rank == 3:\n        x = x[tf.newaxis]  # a single image\n    if x.shape[-1] == 1:\n        x = tf.image.grayscale_to_rgb(x)\n    x = tf.image.resize(tf.cast(x, tf.float32), image_size)\n    return x.numpy()'),
]
