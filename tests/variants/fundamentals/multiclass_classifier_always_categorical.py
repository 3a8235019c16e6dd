"""Wrong: categorical_crossentropy with integer labels."""
EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "wrong", "sparse_categorical_crossentropy"

import keras


def multiclass_classifier(num_classes=10, one_hot=False):
    model = keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(num_classes, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return model
