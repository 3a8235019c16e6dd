"""Wrong: gave the divisor as the scale, keras.layers.Rescaling(scale=127.5, offset=-1.0), while Rescaling multiplies by its scale, so 255 becomes 32511.5; breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = 'transfer.mobilenet_preprocessing', 'wrong'

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.layers.Rescaling(scale=127.5, offset=-1.0)'),
]
