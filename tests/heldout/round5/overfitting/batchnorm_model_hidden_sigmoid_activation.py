"""Wrong: Used sigmoid activations after the normalisations; breaks 'between the hidden layer's 16 units and their relu'."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"
MUTATE = [
    ('def batchnorm_model(num_words=10000):\n    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     'def batchnorm_model(num_words=10000):\n    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("sigmoid"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("sigmoid"),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)'),
]
