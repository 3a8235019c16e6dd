"""Wrong: wires kind and factor into the first hidden layer only; the second keeps note 003's keras.regularizers.l2(0.001); breaks 'The penalty of `kind`, with your `factor`, goes on the kernels ... of both hidden layers'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(1',
     'keras.layers.Dense(16, activation="relu", kernel_regularizer=keras.regularizers.l2(0.001)),\n                   keras.layers.Dense(1'),
]
