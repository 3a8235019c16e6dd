"""Wrong: adds an L2 kernel regularizer (1e-3) to both hidden layers against overfitting, so the model minimises mse plus a weight penalty and its reported loss is no longer the mse; breaks 'Compiled with the mse loss'."""

EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "layer 1"

MUTATE = [
    ('        keras.layers.Dense(64, activation="relu"),\n'
     '        keras.layers.Dense(64, activation="relu"),\n',
     '        keras.layers.Dense(64, activation="relu", kernel_regularizer=keras.regularizers.L2(1e-3)),\n'
     '        keras.layers.Dense(64, activation="relu", kernel_regularizer=keras.regularizers.L2(1e-3)),\n'),
]
