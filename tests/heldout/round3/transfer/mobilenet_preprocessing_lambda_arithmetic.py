"""Right: A lambda computing images / 127.5 - 1.0."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return lambda images: images / 127.5 - 1.0'),
]
