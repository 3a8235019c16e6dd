"""Wrong: follows the dropout paper's advice and adds a max-norm constraint (MaxNorm(3)) to both hidden layers' kernels, which clips the weights after every training step; breaks 'The baseline model with a Dropout layer after each hidden layer' (a dropout after each hidden layer and nothing else changed)."""

EXERCISE, VERDICT, SAYS = "overfitting.dropout_model", "wrong", "layer 1"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n'
     '                   keras.layers.Dropout(rate),\n'
     '                   keras.layers.Dense(16, activation="relu"),\n',
     '    # Srivastava et al. (2014): dropout works best with max-norm regularisation\n'
     '    return _binary(keras.layers.Dense(16, activation="relu", kernel_constraint=keras.constraints.MaxNorm(3)),\n'
     '                   keras.layers.Dropout(rate),\n'
     '                   keras.layers.Dense(16, activation="relu", kernel_constraint=keras.constraints.MaxNorm(3)),\n'),
]
