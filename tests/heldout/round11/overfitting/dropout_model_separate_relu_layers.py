"""Right: writes each relu as its own Activation layer right after its Dense, before the Dropout."""

EXERCISE, VERDICT = "overfitting.dropout_model", "done"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dropout(rate),'),
]
