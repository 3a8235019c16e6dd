"""Wrong: passes the penalty as kernel_constraint= instead of kernel_regularizer=, so nothing is added to the model's losses (and the first update fails to assign the penalty's scalar to the kernel); breaks 'The penalties appear in the model's losses'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),',
     '    return _binary(keras.layers.Dense(16, activation="relu", kernel_constraint=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_constraint=penalty()),'),
]
