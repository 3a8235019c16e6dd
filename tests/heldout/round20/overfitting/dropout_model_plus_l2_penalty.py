"""Wrong: adds an L2 kernel penalty to both hidden layers besides the dropouts, for good measure; breaks 'The baseline model with a Dropout layer after each hidden layer' (compiled like capacity_models)."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),',
     '    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=keras.regularizers.L2(0.001)),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=keras.regularizers.L2(0.001)),\n                   keras.layers.Dropout(rate),'),
]
