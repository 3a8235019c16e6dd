"""Wrong: copies TensorFlow's newer overfit tutorial: four hidden layers of 512 elu units, each penalised; breaks 'both hidden layers of 16 units (relu)'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),',
     '    return _binary(keras.layers.Dense(512, activation="elu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(512, activation="elu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(512, activation="elu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(512, activation="elu", kernel_regularizer=penalty()),'),
]
