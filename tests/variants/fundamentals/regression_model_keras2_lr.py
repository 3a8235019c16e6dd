"""Wrong: the note's Keras 2 spelling RMSprop(lr=...) raises in Keras 3."""
EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "learning_rate="

import keras


def regression_model(num_features):
    model = keras.Sequential([
        keras.Input(shape=(num_features,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1),
    ])
    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(lr=0.001), metrics=["mae", "mse"])
    return model
