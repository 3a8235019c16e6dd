"""Wrong: returns lambda images: images - 127.5 / 127.5, meaning (images - 127.5) / 127.5; the division binds first, so it only subtracts 1: 0 -> -1 but 255 -> 254; breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    (
        '    return keras.applications.mobilenet_v2.preprocess_input\n',
        '    return lambda images: images - 127.5 / 127.5\n',
    ),
]
