"""Wrong: returns keras.applications.convnext.preprocess_input, which passes pixels through unchanged (ConvNeXt scales inside the model); breaks 'maps a batch of images in [0, 255] to [-1, 1]'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    ('''    return keras.applications.mobilenet_v2.preprocess_input
''',
     '''    return keras.applications.convnext.preprocess_input
'''),
]
