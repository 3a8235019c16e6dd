"""Wrong: TF 2 guide habit: builds the baseline, then adds each hidden kernel's penalty with model.add_loss(lambda: ...), which Keras 3 refuses outside build() or call() (ValueError); breaks 'The penalty of `kind`, with your `factor`, goes on the kernels (not the biases) of both hidden layers'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n',
     '    model = _binary(keras.layers.Dense(16, activation="relu"),\n                    keras.layers.Dense(16, activation="relu"),\n                    keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n    for layer in model.layers[:2]:\n        model.add_loss(lambda kernel=layer.kernel: penalty()(kernel))\n    return model\n'),
]
