"""Wrong: added a keras.layers.ActivityRegularization layer after each hidden layer (l1= or l2= factor) instead of a kernel_regularizer, so the penalty is on the hidden activations, not the weights; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels (not the biases) of both hidden layers'."""

EXERCISE, VERDICT = 'overfitting.regularized_model', 'wrong'

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),',
     '    def penalty():\n        return keras.layers.ActivityRegularization(**{kind: factor})\n\n    return _binary(keras.layers.Dense(16, activation="relu"), penalty(),\n                   keras.layers.Dense(16, activation="relu"), penalty(),'),
]
