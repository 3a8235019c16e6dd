"""Right: freezes base.layers[:-4] (all but block 5's three convolutions and its pooling: the first 15 of VGG16's 19), builds the input first, names the head's layers and writes the metric as the note's "acc"."""

EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "done", ""

import keras


def vgg16_classifier(input_shape=(240, 360, 3), weights="imagenet"):
    inputs = keras.Input(shape=input_shape)
    base = keras.applications.VGG16(include_top=False, weights=weights, input_tensor=inputs)
    for layer in base.layers[:-4]:
        layer.trainable = False
    x = keras.layers.Flatten(name="flatten")(base.output)
    x = keras.layers.Dense(256, activation="relu", name="hidden")(x)
    x = keras.layers.Dropout(0.5, name="dropout")(x)
    outputs = keras.layers.Dense(1, activation="sigmoid", name="output")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["acc"])
    return model
