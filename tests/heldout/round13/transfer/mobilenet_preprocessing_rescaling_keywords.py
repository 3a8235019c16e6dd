"""Right: returns a Rescaling layer written with keywords, scale=1 / 127.5 and offset=-1."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.layers.Rescaling(scale=1 / 127.5, offset=-1)'),
]
