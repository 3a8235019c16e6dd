"""Wrong: Used AdamW(weight_decay=factor) instead of a penalty on the kernels (decoupled weight decay, and no l1 at all); breaks 'The penalty of `kind`, with your `factor`, goes on the kernels ... of both hidden layers' and 'The penalties appear in the model's losses'."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ("""    def penalty():
        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)

    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    model = keras.Sequential([keras.Input(shape=(num_words,)),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer=keras.optimizers.AdamW(weight_decay=factor), loss="binary_crossentropy",
                  metrics=["accuracy", "binary_crossentropy"])
    return model"""),
]
