"""Right: scales with a Rescaling(1/127.5, offset=-1) layer before the augmentation (allowed: they commute), an explicit None check for the default block, Adam(1e-3) and the logits loss by keyword."""

EXERCISE, VERDICT = "transfer.alpaca_model", "done"

import keras


def _augmenter():
    return keras.Sequential([keras.layers.RandomFlip("horizontal"), keras.layers.RandomRotation(0.2)])


def alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):
    if data_augmentation is None:
        data_augmentation = _augmenter()
    shape = (*image_shape, 3)
    base = keras.applications.MobileNetV2(input_shape=shape, include_top=False, weights=weights)
    base.trainable = False
    inputs = keras.Input(shape=shape)
    x = keras.layers.Rescaling(1.0 / 127.5, offset=-1.0)(inputs)
    x = data_augmentation(x)
    x = base(x, training=False)
    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dropout(0.2)(x)
    logits = keras.layers.Dense(1)(x)
    model = keras.Model(inputs=inputs, outputs=logits)
    model.compile(optimizer=keras.optimizers.Adam(1e-3),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True),
                  metrics=["accuracy"])
    return model
