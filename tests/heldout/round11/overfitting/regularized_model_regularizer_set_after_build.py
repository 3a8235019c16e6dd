"""Wrong: builds the model first, then sets layer.kernel_regularizer on the two built Dense layers; the kernels already exist, so no penalty is ever added; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels (not the biases) of both hidden layers'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     '    model = _binary(keras.layers.Dense(16, activation="relu"),\n                    keras.layers.Dense(16, activation="relu"),\n                    keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n    for layer in model.layers[:2]:\n        layer.kernel_regularizer = penalty()\n    return model'),
]
