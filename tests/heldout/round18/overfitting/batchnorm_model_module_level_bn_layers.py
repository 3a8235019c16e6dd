"""Wrong: makes the two BatchNormalization layers once, at module level, and puts them in every model it builds, so all models share their gamma, beta and moving statistics; breaks 'makes anew the models it returns'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('REMEDIES = (',
     '''_NORMS = (keras.layers.BatchNormalization(), keras.layers.BatchNormalization())

REMEDIES = ('''),
    ('''    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
''',
     '''    return _binary(keras.layers.Dense(16),
                   _NORMS[0],
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   _NORMS[1],
'''),
]
