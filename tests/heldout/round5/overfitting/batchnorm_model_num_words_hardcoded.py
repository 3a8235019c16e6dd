"""Wrong: Hard-coded the input to 10000 words; breaks 'Input and compile as in capacity_models' (inputs of num_words)."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"
MUTATE = [
    ('def batchnorm_model(num_words=10000):\n    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     'def batchnorm_model(num_words=10000):\n    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=10000)'),
]
