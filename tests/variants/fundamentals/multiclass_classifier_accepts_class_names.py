"""Right: also accepts a list of class names for num_classes (its length is the count); a whole number is used as it is."""

EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "done", ""

import numbers

import keras


def multiclass_classifier(num_classes=10, one_hot=False):
    if not isinstance(num_classes, numbers.Integral):
        num_classes = len(num_classes)  # e.g. ["cat", "dog", "horse"]
    model = keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(int(num_classes), activation="softmax"),
    ])
    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])
    return model
