"""Right: A Normalization layer with mean 127.5 and variance 127.5 ** 2 (it divides by the square root)."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.layers.Normalization(mean=127.5, variance=127.5 ** 2)'),
]
