"""Wrong: UnitNormalization (rows scaled to length 1) in place of BatchNormalization: no gamma, beta or moving statistics; breaks 'gamma (scale) and beta (shift) are trainable; the moving mean and moving variance are not trained but tracked'."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"
MUTATE = [
    ("""    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    return _binary(keras.layers.Dense(16),
                   keras.layers.UnitNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.UnitNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)"""),
]
