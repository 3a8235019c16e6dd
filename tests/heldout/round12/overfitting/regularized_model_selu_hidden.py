"""Wrong: uses selu in the penalised hidden layers; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels (not the biases) of both hidden layers of 16 units (relu)'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),',
     '    return _binary(keras.layers.Dense(16, activation="selu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="selu", kernel_regularizer=penalty()),'),
]
