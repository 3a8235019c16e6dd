"""Right: A Rescaling layer with scale 2/255 and offset -1, the same map written as one multiplication."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.layers.Rescaling(scale=2.0 / 255.0, offset=-1.0)'),
]
