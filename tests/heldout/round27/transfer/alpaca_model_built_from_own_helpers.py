"""Right: the model is put together from the section's own answers: pretrained_base("MobileNetV2", image_shape, weights) for the base, frozen; data_augmenter() when no augmentation is given; mobilenet_preprocessing() for the scaling to [-1, 1]; then the base called with training=False, GlobalAveragePooling2D, Dropout(0.2) and Dense(1); compiled with Adam(0.001), BinaryCrossentropy(from_logits=True) and BinaryAccuracy(threshold=0.0, name="accuracy")."""

EXERCISE, VERDICT = "transfer.alpaca_model", "done"

MUTATE = [
    ('''    data_augmentation = data_augmentation or data_augmenter()
    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)
    base.trainable = False
    inputs = keras.Input(shape=tuple(image_shape) + (3,))
    x = data_augmentation(inputs)
    x = keras.applications.mobilenet_v2.preprocess_input(x)
    x = base(x, training=False)
    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dropout(0.2)(x)
    outputs = keras.layers.Dense(1)(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True),
                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])
    return model''',
     '''    height, width = image_shape
    augment = data_augmenter() if data_augmentation is None else data_augmentation
    scale = mobilenet_preprocessing()
    base = pretrained_base("MobileNetV2", (height, width), weights=weights)
    base.trainable = False

    inputs = keras.Input(shape=(height, width, 3))
    features = base(scale(augment(inputs)), training=False)
    pooled = keras.layers.GlobalAveragePooling2D()(features)
    logit = keras.layers.Dense(units=1)(keras.layers.Dropout(rate=0.2)(pooled))
    model = keras.Model(inputs=inputs, outputs=logit)
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=1e-3),
        loss=keras.losses.BinaryCrossentropy(from_logits=True),
        metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")],
    )
    return model'''),
]
