"""Right: the learner builds the dropout model with the functional API, keras.Input(shape=(num_words,)), Dense(16, relu), Dropout(rate=rate), Dense(16, relu), Dropout(rate=rate) and a Dense(1, sigmoid) output with no dropout after it, wrapped in keras.Model and compiled with Adam, binary_crossentropy and the metrics "accuracy" and "binary_crossentropy"; the given rate on both dropouts, random only in training mode."""

EXERCISE, VERDICT = "overfitting.dropout_model", "done"

MUTATE = [
    ('''    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)''',
     '''    words = keras.Input(shape=(num_words,))
    x = keras.layers.Dense(16, activation="relu")(words)
    x = keras.layers.Dropout(rate=rate)(x)
    x = keras.layers.Dense(16, activation="relu")(x)
    x = keras.layers.Dropout(rate=rate)(x)
    positive = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs=words, outputs=positive)
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy",
                  metrics=["accuracy", "binary_crossentropy"])
    return model'''),
]
