"""Right: the model built flat on VGG16's input tensor, then its own first 15 layers (the same as the base's) frozen before compiling."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"

import keras


def vgg16_classifier(input_shape=(240, 360, 3), weights="imagenet"):
    inputs = keras.Input(shape=input_shape)
    vgg = keras.applications.VGG16(include_top=False, weights=weights, input_tensor=inputs)
    x = keras.layers.Flatten()(vgg.output)
    x = keras.layers.Dense(256, activation="relu")(x)
    x = keras.layers.Dropout(0.5)(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs=inputs, outputs=outputs)
    for layer in model.layers[:15]:
        layer.trainable = False
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    return model
