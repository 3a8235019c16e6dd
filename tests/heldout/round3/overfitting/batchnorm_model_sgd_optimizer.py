"""Wrong: Compiled it itself with SGD ('batch norm allows plain SGD'); breaks 'Input and compile as in capacity_models' (the Adam optimizer)."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)''',
     '''    model = keras.Sequential([keras.Input(shape=(num_words,)),
                              keras.layers.Dense(16),
                              keras.layers.BatchNormalization(),
                              keras.layers.Activation("relu"),
                              keras.layers.Dense(16),
                              keras.layers.BatchNormalization(),
                              keras.layers.Activation("relu"),
                              keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model'''),
]
