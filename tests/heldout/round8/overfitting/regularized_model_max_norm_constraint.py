"""Wrong: keeps the weights small with a MaxNorm kernel constraint instead of a penalty, so nothing is added to the loss; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    (
        'keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),',
        'keras.layers.Dense(16, activation="relu", kernel_constraint=keras.constraints.MaxNorm(factor)),\n                   keras.layers.Dense(16, activation="relu", kernel_constraint=keras.constraints.MaxNorm(factor)),',
    ),
]
