"""Wrong: Used Normalization(mean=127.5, variance=127.5), taking the spread as the variance, so it divides by sqrt(127.5); breaks '0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.layers.Normalization(mean=127.5, variance=127.5)'),
]
