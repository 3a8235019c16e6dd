"""Right: puts each relu as an Activation layer after the Dropout that follows its linear Dense (the module docstring allows it)."""

EXERCISE, VERDICT = "overfitting.dropout_model", "done"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Activation("relu"),'),
]
