"""Wrong: Built every model with a hidden layer of 16 units, so the units list changes nothing; breaks 'a hidden layer of `units` units (relu)' for every combination."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ("""            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(width, activation="relu"),
            keras.layers.Dropout(drop),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",""",
     """            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(16, activation="relu"),
            keras.layers.Dropout(drop),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy","""),
]
