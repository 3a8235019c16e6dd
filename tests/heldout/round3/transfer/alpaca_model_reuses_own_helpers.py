"""Right: Builds the base with its own pretrained_base and the scaling with its own mobilenet_preprocessing, checks data_augmentation against None explicitly."""
EXERCISE, VERDICT = "transfer.alpaca_model", "done"
MUTATE = [
    ('''    data_augmentation = data_augmentation or data_augmenter()
    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)
    base.trainable = False
    inputs = keras.Input(shape=tuple(image_shape) + (3,))
    x = data_augmentation(inputs)
    x = keras.applications.mobilenet_v2.preprocess_input(x)''',
     '''    if data_augmentation is None:
        data_augmentation = data_augmenter()
    base = pretrained_base("MobileNetV2", tuple(image_shape), weights=weights)
    base.trainable = False
    scale = mobilenet_preprocessing()
    inputs = keras.Input(shape=(*image_shape, 3))
    x = data_augmentation(inputs)
    x = scale(x)'''),
]
