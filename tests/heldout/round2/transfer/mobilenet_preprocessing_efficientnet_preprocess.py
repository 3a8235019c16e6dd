"""Wrong: Returned EfficientNet's preprocess_input, a pass-through; breaks 'maps [0, 255] to [-1, 1]'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('return keras.applications.mobilenet_v2.preprocess_input\n',
     'return keras.applications.efficientnet.preprocess_input\n'),
]
