"""Wrong: uses AlphaDropout (for SELU networks), which does not zero units and scale the rest by 1 / (1 - rate); breaks 'Dropout zeroes a random share `rate` of its inputs ... and scales the rest up by 1 / (1 - rate)'."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),''',
     '''    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.AlphaDropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.AlphaDropout(rate),'''),
]
