"""Wrong: resizes first, while the input is as given, so a grayscale batch (N, H, W) is resized as one image of height N and width H; breaks 'grayscale ... (N, H, W) ... -> 3 identical channels' and 'resized to `image_size`'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    (
        '    x = tf.convert_to_tensor(images)\n    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):\n',
        '    x = tf.cast(tf.convert_to_tensor(images), tf.float32)\n    if x.shape.rank == 2:\n        x = x[..., tf.newaxis]\n    x = tf.image.resize(x, image_size)  # resize first, while the input is as given\n    if x.shape.rank == 3 and x.shape[-1] not in (1, 3):\n',
    ),
]
