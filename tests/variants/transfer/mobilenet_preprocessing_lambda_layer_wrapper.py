"""Right: wraps keras.applications.mobilenet_v2.preprocess_input in a keras.layers.Lambda layer, which can sit in a model and maps 0, 127.5, 255 to -1, 0, 1."""

EXERCISE, VERDICT, SAYS = "transfer.mobilenet_preprocessing", "done", ''

MUTATE = [
    (
        '    return keras.applications.mobilenet_v2.preprocess_input\n',
        '    return keras.layers.Lambda(keras.applications.mobilenet_v2.preprocess_input)\n',
    ),
]
