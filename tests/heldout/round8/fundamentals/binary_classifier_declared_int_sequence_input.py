"""Right: a Sequential with a declared variable-length int32 input, the loss and optimizer as objects, the metric by name."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"

import keras


def binary_classifier(vocab_size=10000):
    model = keras.Sequential([
        keras.Input(shape=(None,), dtype="int32"),
        keras.layers.Embedding(input_dim=vocab_size, output_dim=16),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.BinaryCrossentropy(),
                  metrics=["accuracy"])
    return model
