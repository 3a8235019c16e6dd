"""Wrong: Took the activation out of the Dense layers to put the normalisation before it, then never added the relu back; breaks 'commonly between the hidden layer's 16 units and their relu' (the hidden layers are relu)."""
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
                   keras.layers.BatchNormalization(),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)"""),
]
