"""Right: pins the softmax output layer to dtype="float32", as the mixed-precision guide advises (no global policy is set, so nothing changes under the default policy), and picks the loss inline."""

EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "done", ""

import keras


def multiclass_classifier(num_classes=10, one_hot=False):
    model = keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        # kept in float32 even under a mixed-precision policy
        keras.layers.Dense(num_classes, activation="softmax", dtype="float32"),
    ])
    model.compile(
        optimizer="adam",
        loss="categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model
