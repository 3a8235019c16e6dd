"""Right: returns Xception's preprocess_input, the same "tf" mode scaling to [-1, 1]."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input\n',
     '    return keras.applications.xception.preprocess_input\n'),
]
