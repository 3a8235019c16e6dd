"""Wrong: Wrote images // 127.5 - 1 (floor division), right only at 0, 127.5 and 255; breaks 'maps a batch of images in [0, 255] to [-1, 1]' (every pixel in between becomes -1, 0 or 1)."""
EXERCISE, VERDICT, SAYS = "transfer.mobilenet_preprocessing", "wrong", '51 -> -0.6'
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return lambda images: images // 127.5 - 1.0'),
]
