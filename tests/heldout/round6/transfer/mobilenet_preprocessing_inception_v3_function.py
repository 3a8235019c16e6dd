"""Right: InceptionV3's preprocess_input, which uses the same 'tf' mode scaling to [-1, 1]."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.applications.inception_v3.preprocess_input'),
]
