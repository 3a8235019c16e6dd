"""Wrong: the learner used LayerNormalization, the normalisation layer listed next to BatchNormalization, in the same two places; it has no moving statistics and normalises each sample on its own; breaks 'The baseline model with BatchNormalization after each hidden Dense layer' (and 'the moving mean and moving variance ... 2 + 2 weights per layer')."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.LayerNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.LayerNormalization(),'),
]
