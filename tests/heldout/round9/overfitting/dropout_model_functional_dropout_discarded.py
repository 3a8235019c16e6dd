"""Wrong: writes the model with the functional API but calls each Dropout on x without assigning the result, so the dropouts are not in the graph and training-mode outputs never vary; breaks 'Layers: a hidden layer of 16 units (relu), a dropout of `rate`, a hidden layer of 16 units (relu), a dropout of `rate`'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    (
        'def dropout_model(num_words=10000, rate=0.5):\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n',
        'def dropout_model(num_words=10000, rate=0.5):\n    inputs = keras.Input(shape=(num_words,))\n    x = keras.layers.Dense(16, activation="relu")(inputs)\n    keras.layers.Dropout(rate)(x)\n    x = keras.layers.Dense(16, activation="relu")(x)\n    keras.layers.Dropout(rate)(x)\n    outputs = keras.layers.Dense(1, activation="sigmoid")(x)\n    model = keras.Model(inputs, outputs)\n    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])\n    return model\n',
    ),
]
