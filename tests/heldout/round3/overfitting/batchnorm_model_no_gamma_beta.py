"""Wrong: Turned off center and scale ("the next Dense can learn them"), so there is no gamma or beta; breaks 'gamma (scale) and beta (shift) are trainable ... 2 + 2 weights per layer'."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)''',
     '''    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(center=False, scale=False),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(center=False, scale=False),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)'''),
]
