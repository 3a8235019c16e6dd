"""Wrong: Put the Dropout on the inputs, before the hidden layer; breaks 'a hidden layer of `units` units (relu), a dropout of `dropout` ..., one sigmoid output unit' (in that order)."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ("""            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(width, activation="relu"),
            keras.layers.Dropout(drop),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",""",
     """            keras.Input(shape=x.shape[1:]),
            keras.layers.Dropout(drop),
            keras.layers.Dense(width, activation="relu"),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy","""),
]
