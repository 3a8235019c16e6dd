"""Wrong: BatchNormalization(axis=0), reading PyTorch's 'normalise over the batch' as the axis to keep; Keras's axis is the feature axis, and axis 0 (the batch) cannot even be built; breaks 'gamma (scale) and beta (shift) are trainable ... 2 + 2 weights per layer' (one per hidden unit)."""
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
                   keras.layers.BatchNormalization(axis=0),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(axis=0),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)"""),
]
