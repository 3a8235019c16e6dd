"""Right: the base built for the input's shape, the layers called one by one with their names, Adam() with no arguments and the loss by name."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "done"

import keras


def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):
    shape = tuple(image_size) + (3,)
    base_model = keras.applications.EfficientNetB0(include_top=False, weights=weights, input_shape=shape)
    base_model.trainable = False
    inputs = keras.Input(shape=shape, name="input_layer")
    features = base_model(inputs, training=False)
    pooled = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(features)
    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(pooled)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(), loss="categorical_crossentropy", metrics=["accuracy"])
    return model
