"""Correct: the note's Keras 2 style, input_shape= on the first layer, one model at a time."""
EXERCISE, VERDICT, SAYS = "overfitting.capacity_models", "done", ""
TIP = "keras.Input(shape=...)"

from tensorflow import keras


def capacity_models(num_words=10000):
    baseline_model = keras.Sequential([
        keras.layers.Dense(16, activation="relu", input_shape=(num_words,)),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    baseline_model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    smaller_model = keras.Sequential([
        keras.layers.Dense(4, activation="relu", input_shape=(num_words,)),
        keras.layers.Dense(4, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    smaller_model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.BinaryCrossentropy(),
                          metrics=["accuracy", keras.metrics.BinaryCrossentropy()])
    bigger_model = keras.models.Sequential([
        keras.layers.Dense(512, activation="relu", input_shape=(num_words,)),
        keras.layers.Dense(512, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    bigger_model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(),
                         metrics=["accuracy", "binary_crossentropy"])
    return {"baseline": baseline_model, "smaller": smaller_model, "bigger": bigger_model}
