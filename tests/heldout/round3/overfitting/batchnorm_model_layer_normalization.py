"""Wrong: Used LayerNormalization, which normalises each sample on its own and keeps no moving statistics; breaks 'BatchNormalization after each hidden Dense layer ... while training it normalises with the statistics of the current batch ... at inference it uses the moving statistics'."""
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
                   keras.layers.LayerNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.LayerNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)'''),
]
