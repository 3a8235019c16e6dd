"""Wrong: Built it functionally and called each BatchNormalization with training=True, so it always normalises with the batch's statistics; breaks 'at inference it uses the moving statistics, so a sample's output no longer depends on its batch'."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", "model(x) differs from model(x, training=False)"
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
    x = keras.layers.BatchNormalization()(x, training=True)
    x = keras.layers.Activation("relu")(x)
    x = keras.layers.Dense(16)(x)
    x = keras.layers.BatchNormalization()(x, training=True)
    x = keras.layers.Activation("relu")(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model"""),
]
