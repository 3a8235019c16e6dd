"""Wrong: returns keras.layers.experimental.preprocessing.Rescaling, a path Keras 3 no longer has; breaks 'a rescaling layer can do the same'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.layers.experimental.preprocessing.Rescaling(1.0 / 127.5, offset=-1)'),
]
