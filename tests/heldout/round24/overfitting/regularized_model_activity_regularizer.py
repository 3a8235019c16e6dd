"""Wrong: the learner passed the penalty as activity_regularizer, the Dense argument next to kernel_regularizer, so it penalises the layers' outputs instead of their weights; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels (not the biases) of both hidden layers'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),',
     'keras.layers.Dense(16, activation="relu", activity_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", activity_regularizer=penalty()),'),
]
