"""Right: scales with a Normalization layer of mean 127.5 and variance 127.5 ** 2, after the augmentation, and builds the head with the Keras transfer-learning guide's names."""

EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "done", ""

import keras


def data_augmenter():
    return keras.Sequential([keras.layers.RandomFlip("horizontal"), keras.layers.RandomRotation(0.2)])


def alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):
    shape = tuple(image_shape) + (3,)
    augment = data_augmentation if data_augmentation is not None else data_augmenter()
    base_model = keras.applications.MobileNetV2(input_shape=shape, include_top=False, weights=weights)
    base_model.trainable = False
    inputs = keras.Input(shape=shape)
    x = augment(inputs)
    x = keras.layers.Normalization(mean=127.5, variance=127.5 ** 2)(x)
    x = base_model(x, training=False)
    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dropout(0.2)(x)
    outputs = keras.layers.Dense(1)(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True),
                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])
    return model
