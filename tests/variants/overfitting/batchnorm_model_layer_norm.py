"""Wrong: LayerNormalization normalises each sample on its own: no batch statistics, no two modes."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", "BatchNormalization"
MUTATE = [('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),',
           '    return _binary(keras.layers.Dense(16),\n                   keras.layers.LayerNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.LayerNormalization(),')]
