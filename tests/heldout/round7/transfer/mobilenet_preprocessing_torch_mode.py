"""Wrong: imagenet_utils.preprocess_input in 'torch' mode (scaled to [0, 1], then standardised per channel), as a PyTorch user knows it; breaks 'maps a batch of images in [0, 255] to [-1, 1]'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     """    import functools

    return functools.partial(keras.applications.imagenet_utils.preprocess_input, mode="torch")"""),
]
