"""Wrong: Used Rescaling(1/128, offset=-1), rounding 127.5 up to 128, so 255 maps to 0.992; breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.layers.Rescaling(1.0 / 128, offset=-1.0)'),
]
