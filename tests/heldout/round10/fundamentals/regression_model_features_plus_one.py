"""Wrong: counts the target column in the input, declaring num_features + 1 columns; breaks 'for inputs of `num_features` columns'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('        keras.Input(shape=(num_features,)),\n        keras.layers.Dense(64, activation="relu"),',
     '        keras.Input(shape=(num_features + 1,)),\n        keras.layers.Dense(64, activation="relu"),'),
]
