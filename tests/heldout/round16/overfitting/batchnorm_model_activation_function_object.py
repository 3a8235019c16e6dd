"""Right: writes each relu after its BatchNormalization as keras.layers.Activation(keras.activations.relu), Keras' own function object rather than the string."""

EXERCISE, VERDICT = 'overfitting.batchnorm_model', 'done'

MUTATE = [
    ('                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),',
     '                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation(keras.activations.relu),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation(keras.activations.relu),'),
]
