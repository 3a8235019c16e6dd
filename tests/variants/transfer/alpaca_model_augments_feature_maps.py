"""Wrong: applies the augmentation after the base, to its feature maps, so the images reach the base unaugmented; breaks 'the augmentation: the data_augmentation argument, or data_augmenter() when None'."""

EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'before the base'

MUTATE = [
    ('    x = data_augmentation(inputs)\n    x = keras.applications.mobilenet_v2.preprocess_input(x)\n    x = base(x, training=False)',
     '    x = keras.applications.mobilenet_v2.preprocess_input(inputs)\n    x = base(x, training=False)\n    x = data_augmentation(x)'),
]
