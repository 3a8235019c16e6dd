"""Right: returns a one-layer keras.Sequential wrapping Rescaling(1/127.5, offset=-1)."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.Sequential([keras.layers.Rescaling(scale=1.0 / 127.5, offset=-1.0)])'),
]
