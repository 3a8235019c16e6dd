"""Right: functional API, each hidden Dense linear, then its Dropout, then an Activation("relu") layer (relu after the dropout, which the contract allows)."""

EXERCISE, VERDICT = "overfitting.dropout_model", "done"

MUTATE = [
    ('''def dropout_model(num_words=10000, rate=0.5):
    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
''',
     '''def dropout_model(num_words=10000, rate=0.5):
    inputs = keras.Input(shape=(num_words,))
    x = inputs
    for _ in range(2):
        x = keras.layers.Dense(16)(x)
        x = keras.layers.Dropout(rate)(x)
        x = keras.layers.Activation("relu")(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy",
                  metrics=["accuracy", "binary_crossentropy"])
    return model
'''),
]
