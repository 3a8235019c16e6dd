"""Right: keras.layers.ReLU() layers instead of Activation('relu'), and BatchNormalization with its defaults written out."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "done"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),''',
     '''    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True),
                   keras.layers.ReLU(),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True),
                   keras.layers.ReLU(),'''),
]
