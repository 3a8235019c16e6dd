"""Right: the same layers as a functional keras.Model, the loss picked as a Keras loss object by `one_hot`, Adam instance, "accuracy"."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"

import keras


def multiclass_classifier(num_classes=10, one_hot=False):
    inputs = keras.Input(shape=(28, 28))
    x = keras.layers.Flatten()(inputs)
    x = keras.layers.Dense(128, activation="relu")(x)
    outputs = keras.layers.Dense(num_classes, activation="softmax")(x)
    model = keras.Model(inputs, outputs)
    if one_hot:
        loss = keras.losses.CategoricalCrossentropy()
    else:
        loss = keras.losses.SparseCategoricalCrossentropy()
    model.compile(optimizer=keras.optimizers.Adam(), loss=loss, metrics=["accuracy"])
    return model
