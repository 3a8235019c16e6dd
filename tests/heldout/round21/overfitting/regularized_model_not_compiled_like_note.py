"""Wrong: builds note 003's l2_model layer list and, as the note does, never compiles it; breaks 'Returns: the compiled model'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     "    return keras.models.Sequential([\n        keras.Input(shape=(num_words,)),\n        keras.layers.Dense(16, kernel_regularizer=penalty(), activation='relu'),\n        keras.layers.Dense(16, kernel_regularizer=penalty(), activation='relu'),\n        keras.layers.Dense(1, activation='sigmoid'),\n    ])"),
]
