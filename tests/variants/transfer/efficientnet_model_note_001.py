"""Correct, with a tip: note 001's model_0 as the note writes it, base_model(inputs) without training=False."""
EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "done", ""
TIP = "training=False"

import tensorflow as tf


def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):
    base_model = tf.keras.applications.EfficientNetB0(include_top=False, weights=weights)
    base_model.trainable = False
    inputs = tf.keras.layers.Input(shape=image_size + (3,), name="input_layer")
    x = base_model(inputs)
    x = tf.keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)
    outputs = tf.keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)
    model_0 = tf.keras.Model(inputs, outputs)
    model_0.compile(loss="categorical_crossentropy", optimizer=tf.keras.optimizers.Adam(), metrics=["accuracy"])
    return model_0
