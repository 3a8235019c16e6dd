"""Wrong: normalises with a Lambda layer that always uses the current batch's mean and variance, with no moving statistics and no gamma or beta; breaks 'at inference it uses the moving statistics, so a sample's output no longer depends on its batch'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    (
        '    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n',
        '    def standardise(x):\n        return (x - keras.ops.mean(x, axis=0)) / keras.ops.sqrt(keras.ops.var(x, axis=0) + 1e-3)\n\n    return _binary(keras.layers.Dense(16),\n                   keras.layers.Lambda(standardise),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.Lambda(standardise),\n                   keras.layers.Activation("relu"),\n',
    ),
]
