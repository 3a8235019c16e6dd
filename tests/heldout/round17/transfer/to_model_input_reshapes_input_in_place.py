"""Wrong: adds the missing axes by assigning x.shape on np.asarray(images), which is the caller's own array, so a grayscale or single image passed in comes back reshaped; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('    x = tf.convert_to_tensor(images)\n    if x.shape.rank == 2 or (x.shape.rank == 3 and x.shape[-1] not in (1, 3)):\n        x = x[..., tf.newaxis]  # grayscale without a channel axis\n    if x.shape.rank == 3:\n        x = x[tf.newaxis]  # a single image\n',
     '    x = np.asarray(images)\n    if x.ndim == 2 or (x.ndim == 3 and x.shape[-1] not in (1, 3)):\n        x.shape = x.shape + (1,)  # grayscale without a channel axis\n    if x.ndim == 3:\n        x.shape = (1,) + x.shape  # a single image\n    x = tf.convert_to_tensor(x)\n'),
]
