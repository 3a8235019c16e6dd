"""Wrong: puts the penalty on the first hidden layer and on the output instead of on both hidden layers; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels (not the biases) of both hidden layers of 16 units (relu)'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     '    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dense(1, activation="sigmoid", kernel_regularizer=penalty()), num_words=num_words)'),
]
