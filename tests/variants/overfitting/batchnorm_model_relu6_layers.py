"""Wrong: uses ReLU(max_value=6.0), MobileNet's relu6, as the activation after each BatchNormalization, clipping every output above 6; breaks 'commonly between the hidden layer's 16 units and their relu'."""

EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", 'ReLU(max_value=6)'

MUTATE = [
    ('                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),',
     '                   keras.layers.BatchNormalization(),\n                   keras.layers.ReLU(max_value=6.0),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.ReLU(max_value=6.0),'),
]
