"""Wrong: Gave Rescaling the offset in pixel units, Rescaling(1/127.5, offset=-127.5); breaks '0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0' (the offset is added after scaling)."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.layers.Rescaling(scale=1 / 127.5, offset=-127.5)'),
]
