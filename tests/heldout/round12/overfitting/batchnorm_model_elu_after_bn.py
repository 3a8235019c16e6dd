"""Wrong: puts an elu, not a relu, after each BatchNormalization; breaks 'commonly between the hidden layer's 16 units and their relu (after the relu also works), twice, then the sigmoid output unit'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),',
     '                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("elu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("elu"),'),
]
