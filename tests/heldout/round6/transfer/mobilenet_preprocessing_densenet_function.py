"""Wrong: returns DenseNet's preprocess_input (torch mode: ImageNet mean and std), not a scaling to [-1, 1]; breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.applications.densenet.preprocess_input'),
]
