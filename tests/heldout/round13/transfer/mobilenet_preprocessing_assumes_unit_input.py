"""Wrong: returns Rescaling(2.0, offset=-1.0), the map from [0, 1] to [-1, 1], assuming the images were already scaled to [0, 1]; breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.layers.Rescaling(2.0, offset=-1.0)'),
]
