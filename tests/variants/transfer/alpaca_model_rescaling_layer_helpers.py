"""Right: reuses its own pretrained_base and data_augmenter, scales with a Rescaling(1/127.5, offset=-1) layer before the augmentation, and tests data_augmentation against None."""

EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "done", ""

import keras


def pretrained_base(name, image_size=(160, 160), weights="imagenet"):
    constructor = getattr(keras.applications, name)
    return constructor(input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)


def data_augmenter():
    return keras.Sequential([keras.layers.RandomFlip("horizontal"), keras.layers.RandomRotation(0.2)])


def alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):
    if data_augmentation is None:
        data_augmentation = data_augmenter()
    base = pretrained_base("MobileNetV2", image_shape, weights)
    base.trainable = False

    inputs = keras.Input(shape=tuple(image_shape) + (3,))
    x = keras.layers.Rescaling(1.0 / 127.5, offset=-1.0)(inputs)
    x = data_augmentation(x)
    x = base(x, training=False)
    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dropout(0.2)(x)
    outputs = keras.layers.Dense(1)(x)
    model = keras.Model(inputs, outputs)

    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True),
                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])
    return model
