"""Right: Keras 2 habit Dense(64, activation="relu", input_dim=num_features) instead of keras.Input: Keras 3 warns but builds the same model on inputs of num_features columns."""

EXERCISE, VERDICT = "fundamentals.regression_model", "done"

MUTATE = [
    ('        keras.Input(shape=(num_features,)),\n        keras.layers.Dense(64, activation="relu"),\n',
     '        keras.layers.Dense(64, activation="relu", input_dim=num_features),\n'),
]
