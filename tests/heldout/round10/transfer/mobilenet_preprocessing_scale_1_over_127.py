"""Wrong: scales by 1/127 with an offset of -1, so 255 becomes 1.0079 and 127.5 becomes 0.0039; breaks '0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.layers.Rescaling(1.0 / 127, offset=-1.0)'),
]
