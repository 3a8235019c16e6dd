"""Right: scales with MobileNetV2's preprocess_input before the augmentation (the docstring allows either order)."""

EXERCISE, VERDICT = "transfer.alpaca_model", "done"

MUTATE = [
    ('    x = data_augmentation(inputs)\n    x = keras.applications.mobilenet_v2.preprocess_input(x)',
     '    x = keras.applications.mobilenet_v2.preprocess_input(inputs)\n    x = data_augmentation(x)'),
]
