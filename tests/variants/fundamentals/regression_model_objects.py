"""Correct: the note's input_shape=[n], with loss, optimizer and metrics as objects."""
EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "done", ""
TIP = "keras.Input(shape=...)"

import keras


def regression_model(num_features):
    model = keras.Sequential([
        keras.layers.Dense(64, activation="relu", input_shape=[num_features]),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1),
    ])
    model.compile(loss=keras.losses.MeanSquaredError(), optimizer=keras.optimizers.RMSprop(learning_rate=1e-3),
                  metrics=[keras.metrics.MeanAbsoluteError(), keras.metrics.MeanSquaredError()])
    return model
