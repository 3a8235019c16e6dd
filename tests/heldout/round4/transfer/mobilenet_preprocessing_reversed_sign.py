"""Wrong: Wrote the scaling as 1 - x / 127.5, which maps 0 to 1 and 255 to -1; breaks '0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return lambda images: 1.0 - images / 127.5'),
]
