"""Right: gives the input shape as input_shape=(num_features,) on the first Dense layer, as the note does (Keras 3 warns but builds the same model)."""

EXERCISE, VERDICT = "fundamentals.regression_model", "done"

MUTATE = [
    ('    model = keras.Sequential([\n        keras.Input(shape=(num_features,)),\n        keras.layers.Dense(64, activation="relu"),',
     '    model = keras.Sequential([\n        keras.layers.Dense(64, activation="relu", input_shape=(num_features,)),'),
]
