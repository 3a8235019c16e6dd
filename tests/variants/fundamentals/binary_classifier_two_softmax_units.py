"""Wrong: two softmax units is a two-class multiclass head, not the binary head asked for."""
EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", "Dense(1)"

import keras


def binary_classifier(vocab_size=10000):
    model = keras.Sequential([
        keras.layers.Embedding(vocab_size, 16),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(2, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
