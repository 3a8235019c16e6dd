"""Correct: the base nested as one layer of a Sequential, a sigmoid head, "acc" as in the note."""
EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "done", ""

import keras


def vgg16_classifier(input_shape=(240, 360, 3), weights="imagenet"):
    base = keras.applications.VGG16(weights=weights, include_top=False, input_shape=input_shape)
    for layer in base.layers[:15]:
        layer.trainable = False
    model = keras.Sequential([
        keras.Input(shape=input_shape),
        base,
        keras.layers.Flatten(),
        keras.layers.Dense(256, activation="relu"),
        keras.layers.Dropout(0.5),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.SGD(), loss="binary_crossentropy", metrics=["acc"])
    return model
