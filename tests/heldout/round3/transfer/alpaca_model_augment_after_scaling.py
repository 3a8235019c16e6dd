"""Wrong: Scaled to [-1, 1] before augmenting; breaks 'The model (functional API), in order: an input ..., the augmentation ..., MobileNetV2's scaling to [-1, 1]'."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('''    x = data_augmentation(inputs)
    x = keras.applications.mobilenet_v2.preprocess_input(x)''',
     '''    x = keras.applications.mobilenet_v2.preprocess_input(inputs)
    x = data_augmentation(x)'''),
]
