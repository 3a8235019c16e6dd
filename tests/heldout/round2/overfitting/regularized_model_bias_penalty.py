"""Wrong: Bias_regularizer instead of kernel_regularizer; breaks 'goes on the kernels (not the biases)'."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),',
     'keras.layers.Dense(16, activation="relu", bias_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", bias_regularizer=penalty()),'),
]
