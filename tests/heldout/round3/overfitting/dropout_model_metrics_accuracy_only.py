"""Wrong: Compiled it itself with only the accuracy metric; breaks 'compiled like capacity_models' (metrics "accuracy" and "binary_crossentropy")."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)''',
     '''    model = keras.Sequential([keras.Input(shape=(num_words,)),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dropout(rate),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dropout(rate),
                              keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model'''),
]
