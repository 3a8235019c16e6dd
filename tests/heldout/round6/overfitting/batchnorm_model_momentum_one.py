"""Wrong: sets momentum=1.0 (read as PyTorch's 'fully follow the batch'), which in Keras means the moving statistics never update; breaks 'while training it normalises with the statistics of the current batch (and updates the moving ones)'."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),''',
     '''    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(momentum=1.0),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(momentum=1.0),'''),
]
