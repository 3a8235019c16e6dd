"""Wrong: adds a dropout on the inputs too; breaks 'Layers: a hidden layer of 16 units (relu), a dropout of `rate`, a hidden layer ..., a dropout of `rate`, one sigmoid output unit'."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),''',
     '''    return _binary(keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),'''),
]
