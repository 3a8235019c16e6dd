"""Wrong: scales by the batch's own largest pixel (x / max * 2 - 1), right only for batches that hold a 255; breaks 'a callable (a function or a layer, not its output) that maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT, SAYS = "transfer.mobilenet_preprocessing", "wrong", 'scaling'

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input\n',
     '    return lambda images: np.asarray(images, dtype="float32") / np.max(images) * 2.0 - 1.0\n'),
]
