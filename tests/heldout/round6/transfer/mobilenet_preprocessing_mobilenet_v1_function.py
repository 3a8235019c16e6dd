"""Right: the first MobileNet's preprocess_input, also the 'tf' mode scaling to [-1, 1]."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.applications.mobilenet.preprocess_input'),
]
