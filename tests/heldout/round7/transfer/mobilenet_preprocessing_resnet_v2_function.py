"""Right: ResNet50V2's preprocess_input, which uses the same 'tf' mode, x / 127.5 - 1."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.applications.resnet_v2.preprocess_input'),
]
