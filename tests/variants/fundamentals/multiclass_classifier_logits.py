"""Correct: linear outputs with the losses' from_logits=True."""
EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "done", ""
TIP = "keras.Input(shape=...)"

import keras


def multiclass_classifier(num_classes=10, one_hot=False):
    model = keras.Sequential([
        keras.layers.Flatten(input_shape=(28, 28)),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(num_classes),
    ])
    if one_hot:
        loss = keras.losses.CategoricalCrossentropy(from_logits=True)
    else:
        loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    model.compile(optimizer=keras.optimizers.Adam(), loss=loss, metrics=["acc"])
    return model
