"""Wrong: the learner took the preprocess_input of the application used in the neighbouring exercise, keras.applications.efficientnet, assuming every application's preprocess_input scales the same way; EfficientNet's passes pixels through unchanged (it rescales inside the model); breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input\n',
     '    return keras.applications.efficientnet.preprocess_input\n'),
]
