"""Correct in Keras 3: each BatchNormalization called with training=False; fit() overrides it with
training=True, so it still normalises with the batch's statistics while training."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "done", ""
MUTATE = [
    ("""    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    inputs = keras.Input(shape=(num_words,))
    x = keras.layers.Dense(16)(inputs)
    x = keras.layers.BatchNormalization()(x, training=False)
    x = keras.layers.Activation("relu")(x)
    x = keras.layers.Dense(16)(x)
    x = keras.layers.BatchNormalization()(x, training=False)
    x = keras.layers.Activation("relu")(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model"""),
]
