"""Correct in Keras 3: each Dropout called with training=False (the transfer notes' habit); fit() passes
training=True to every layer, overriding it, so it drops in fit and not at inference
(in Keras 2 it would never drop). A functional model records training=False for every call it traces, so no tip
can tell this spelling apart."""
EXERCISE, VERDICT, SAYS = "overfitting.dropout_model", "done", ""
MUTATE = [
    ("""    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    inputs = keras.Input(shape=(num_words,))
    x = keras.layers.Dense(16, activation="relu")(inputs)
    x = keras.layers.Dropout(rate)(x, training=False)
    x = keras.layers.Dense(16, activation="relu")(x)
    x = keras.layers.Dropout(rate)(x, training=False)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model"""),
]
