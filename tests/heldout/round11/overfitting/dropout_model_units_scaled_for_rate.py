"""Wrong: widens each hidden layer to int(16 / (1 - rate)) units to make up for the dropped ones (32 at 0.5, 20 at 0.2); breaks 'Layers: a hidden layer of 16 units (relu), a dropout of `rate`, a hidden layer of 16 units (relu)'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),',
     '    return _binary(keras.layers.Dense(int(16 / (1 - rate)), activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(int(16 / (1 - rate)), activation="relu"),\n                   keras.layers.Dropout(rate),'),
]
