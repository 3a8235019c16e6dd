"""Wrong: uses keras.layers.Normalization, the preprocessing layer that standardises inputs with statistics from adapt(), for batch normalisation; it has no gamma or beta and, never adapted, passes values through; breaks 'What it trains: gamma (scale) and beta (shift) are trainable; the moving mean and moving variance are not trained but tracked'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    (
        '    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n',
        '    return _binary(keras.layers.Dense(16),\n                   keras.layers.Normalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.Normalization(),\n                   keras.layers.Activation("relu"),\n',
    ),
]
