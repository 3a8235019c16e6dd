"""Right: finds the cut as the index of the layer named "block5_conv1" (15) and freezes every layer before it, trainable = i >= cut."""

EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "done", ""

import keras


def vgg16_classifier(input_shape=(240, 360, 3), weights="imagenet"):
    base = keras.applications.VGG16(include_top=False, weights=weights, input_shape=input_shape)
    cut = base.layers.index(base.get_layer("block5_conv1"))
    for i, layer in enumerate(base.layers):
        layer.trainable = i >= cut
    x = keras.layers.Flatten()(base.output)
    x = keras.layers.Dense(256, activation="relu")(x)
    x = keras.layers.Dropout(0.5)(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(base.inputs, outputs)
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["acc"])
    return model
