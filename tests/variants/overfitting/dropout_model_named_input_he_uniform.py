"""Right: a named input, hidden layers initialised with he_uniform for relu, each followed by its own named Dropout(rate), then the sigmoid unit; compiled with Adam, binary_crossentropy and the two metrics."""

EXERCISE, VERDICT, SAYS = "overfitting.dropout_model", "done", ""

import keras


def dropout_model(num_words=10000, rate=0.5):
    model = keras.Sequential([
        keras.Input(shape=(num_words,), name="multi_hot"),
        keras.layers.Dense(16, activation="relu", kernel_initializer="he_uniform", name="hidden_1"),
        keras.layers.Dropout(rate, name="dropout_1"),
        keras.layers.Dense(16, activation="relu", kernel_initializer="he_uniform", name="hidden_2"),
        keras.layers.Dropout(rate, name="dropout_2"),
        keras.layers.Dense(1, activation="sigmoid", name="output"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy",
                  metrics=["accuracy", "binary_crossentropy"])
    return model
