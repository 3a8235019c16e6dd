"""Wrong: Added a Dropout(0.5) after each relu besides the normalisation, mixing two remedies; breaks 'The baseline model with BatchNormalization after each hidden Dense layer' (the placement: hidden, BN, relu, twice, then the output)."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", "add only the two BatchNormalization layers"
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
                   keras.layers.Activation("relu"),
                   keras.layers.Dropout(0.5),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dropout(0.5),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)"""),
]
