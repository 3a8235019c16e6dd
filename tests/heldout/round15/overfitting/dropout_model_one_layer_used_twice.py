"""Right: makes one Dropout(rate) and puts it after both hidden layers (it has no weights); Keras 3 accepts the same layer twice in a Sequential, and each call draws its own random mask while training and passes everything through at inference."""

EXERCISE, VERDICT = "overfitting.dropout_model", "done"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n',
     '    dropout = keras.layers.Dropout(rate)\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   dropout,\n                   keras.layers.Dense(16, activation="relu"),\n                   dropout,\n'),
]
