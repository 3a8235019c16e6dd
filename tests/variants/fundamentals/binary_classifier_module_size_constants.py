"""Right: the embedding and hidden sizes are module-level constants (16, never changed), the layers named by keyword, with a declared variable-length int input and an Adam() object."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "done", ""

import keras

EMBEDDING_DIM = 16
HIDDEN_UNITS = 16


def binary_classifier(vocab_size=10000):
    model = keras.Sequential([
        keras.Input(shape=(None,), dtype="int32"),
        keras.layers.Embedding(input_dim=vocab_size, output_dim=EMBEDDING_DIM),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(HIDDEN_UNITS, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy", metrics=["accuracy"])
    return model
