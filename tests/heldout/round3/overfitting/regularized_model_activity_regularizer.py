"""Wrong: Passed the penalty as activity_regularizer (on the layers' outputs) instead of kernel_regularizer; breaks 'The penalty of kind, with your factor, goes on the kernels (not the biases) of both hidden layers'."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)''',
     '''    return _binary(keras.layers.Dense(16, activation="relu", activity_regularizer=penalty()),
                   keras.layers.Dense(16, activation="relu", activity_regularizer=penalty()),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)'''),
]
