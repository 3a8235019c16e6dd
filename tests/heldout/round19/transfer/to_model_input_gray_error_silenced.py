"""Wrong: converts to RGB inside a try that ignores the error for non-grayscale input, so a grayscale batch (N, H, W) is silently left as one 3-D image and resized as such; breaks 'grayscale (H, W), (H, W, 1), (N, H, W) or (N, H, W, 1) -> 3 identical channels'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('''    x = tf.convert_to_tensor(images)
    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):
        x = x[..., tf.newaxis]  # grayscale without a channel axis
    if x.shape.rank == 3:
        x = x[tf.newaxis]  # a single image
    if x.shape[-1] == 1:
        x = tf.image.grayscale_to_rgb(x)
''', '''    x = tf.convert_to_tensor(images)
    if x.shape.rank == 2:
        x = x[..., tf.newaxis]  # one grayscale image without a channel axis
    if x.shape.rank == 3 and x.shape[-1] in (1, 3):
        x = x[tf.newaxis]  # a single image
    try:
        x = tf.image.grayscale_to_rgb(x)  # only grayscale input converts
    except (ValueError, tf.errors.InvalidArgumentError):
        pass  # already RGB
'''),
]
