"""Right: the learner builds the model with the functional API in a small loop over two blocks, each Dense(16) with no activation, then BatchNormalization(), then Activation("relu"), and ends with Dense(1, sigmoid) and nothing after it; compiled like capacity_models (Adam, binary_crossentropy, "accuracy" and "binary_crossentropy"); each BatchNormalization has its trainable gamma and beta and its tracked moving mean and variance, and uses the moving ones at inference."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "done"

MUTATE = [
    ('''    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)''',
     '''    words = keras.Input(shape=(num_words,))
    x = words
    for block in (1, 2):
        x = keras.layers.Dense(16, name=f"hidden_{block}")(x)
        x = keras.layers.BatchNormalization(name=f"norm_{block}")(x)
        x = keras.layers.Activation("relu", name=f"relu_{block}")(x)
    positive = keras.layers.Dense(1, activation="sigmoid", name="positive")(x)
    model = keras.Model(words, positive)
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model'''),
]
