"""Wrong: passed the penalty as activity_regularizer, which also shows up in model.losses and raises the training loss; it penalises the layers' outputs, not their weights; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),',
     'return _binary(keras.layers.Dense(16, activation="relu", activity_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", activity_regularizer=penalty()),'),
]
