"""Correct: Rescaling instead of preprocess_input, the GlobalAvgPool2D alias, an augmentation built inline."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "done", ""

import tensorflow as tf


def alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):
    if data_augmentation is None:
        data_augmentation = tf.keras.Sequential([tf.keras.layers.RandomFlip("horizontal"),
                                                 tf.keras.layers.RandomRotation(0.2)])
    input_shape = image_shape + (3,)
    base_model = tf.keras.applications.MobileNetV2(input_shape=input_shape, include_top=False, weights=weights)
    base_model.trainable = False
    inputs = tf.keras.Input(shape=input_shape)
    x = data_augmentation(inputs)
    x = tf.keras.layers.Rescaling(1.0 / 127.5, offset=-1)(x)
    x = base_model(x, training=False)
    x = tf.keras.layers.GlobalAvgPool2D()(x)
    x = tf.keras.layers.Dropout(0.2)(x)
    outputs = tf.keras.layers.Dense(1)(x)
    model = tf.keras.Model(inputs, outputs)
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.001),
                  loss=tf.keras.losses.BinaryCrossentropy(from_logits=True), metrics=[tf.keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])
    return model
