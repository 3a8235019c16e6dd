"""Wrong: clips the result to [0, 1] out of habit, so everything below 127.5 becomes 0; breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    (
        '    return keras.applications.mobilenet_v2.preprocess_input\n',
        '    return lambda images: np.clip(np.asarray(images) / 127.5 - 1.0, 0.0, 1.0)\n',
    ),
]
