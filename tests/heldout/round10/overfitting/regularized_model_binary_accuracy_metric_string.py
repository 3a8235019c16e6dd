"""Wrong: compiles its own model with the metrics "binary_accuracy" and "binary_crossentropy"; Keras 3 logs the first as binary_accuracy, not accuracy; breaks 'inputs and compile as in capacity_models'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     '    model = keras.Sequential([\n        keras.Input(shape=(num_words,)),\n        keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n        keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["binary_accuracy", "binary_crossentropy"])\n    return model'),
]
