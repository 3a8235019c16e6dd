"""Right: each Dropout gets its own seed (outputs still vary from one training call to the next)."""
EXERCISE, VERDICT = "overfitting.dropout_model", "done"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),''',
     '''    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate, seed=1),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate, seed=2),'''),
]
