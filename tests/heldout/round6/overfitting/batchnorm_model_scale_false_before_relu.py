"""Wrong: follows the Keras tip that scaling can be disabled before a relu (scale=False), so the layers have no gamma; breaks 'gamma (scale) and beta (shift) are trainable ... 2 + 2 weights per layer'."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),''',
     '''    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(scale=False),  # relu follows: no scale needed
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(scale=False),'''),
]
