"""Wrong: used keras.layers.GroupNormalization(groups=1), read as the small-batch-safe batch norm, which has only gamma and beta and normalises each sample alone in both modes; breaks 'the moving mean and moving variance are not trained but tracked: 2 + 2 weights per layer' and 'Its two modes'."""

EXERCISE, VERDICT = 'overfitting.batchnorm_model', 'wrong'

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.GroupNormalization(groups=1),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.GroupNormalization(groups=1),'),
]
