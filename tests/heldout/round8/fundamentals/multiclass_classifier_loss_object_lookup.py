"""Right: the loss picked from a dict of loss objects keyed by bool(one_hot), the model built with add()."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"

import keras


def multiclass_classifier(num_classes=10, one_hot=False):
    model = keras.Sequential()
    model.add(keras.Input(shape=(28, 28)))
    model.add(keras.layers.Flatten())
    model.add(keras.layers.Dense(128, activation="relu"))
    model.add(keras.layers.Dense(num_classes, activation="softmax"))
    losses = {
        True: keras.losses.CategoricalCrossentropy(),
        False: keras.losses.SparseCategoricalCrossentropy(),
    }
    model.compile(optimizer=keras.optimizers.Adam(), loss=losses[bool(one_hot)], metrics=["accuracy"])
    return model
