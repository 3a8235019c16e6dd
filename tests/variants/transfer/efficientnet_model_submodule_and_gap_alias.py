"""Right: the constructor from keras.applications.efficientnet, the base built for the input shape, the GlobalAvgPool2D alias and "adam" as a string (Adam with its defaults)."""

EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "done", ""

import keras
from keras.applications import efficientnet


def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):
    shape = (*image_size, 3)
    base_model = efficientnet.EfficientNetB0(include_top=False, weights=weights, input_shape=shape)
    base_model.trainable = False
    inputs = keras.layers.Input(shape=shape, name="input_layer")
    x = base_model(inputs, training=False)
    x = keras.layers.GlobalAvgPool2D(name="global_average_pooling_layer")(x)
    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)
    model = keras.Model(inputs=inputs, outputs=outputs)
    model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
    return model
