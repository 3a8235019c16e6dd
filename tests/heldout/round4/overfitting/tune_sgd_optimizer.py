"""Wrong: Compiled each model with SGD at the learning rate; breaks 'compiled with the Adam optimizer at that learning rate'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ("""            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(width, activation="relu"),
            keras.layers.Dropout(drop),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",""",
     """            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(width, activation="relu"),
            keras.layers.Dropout(drop),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
        model.compile(optimizer=keras.optimizers.SGD(learning_rate=rate), loss="binary_crossentropy","""),
]
