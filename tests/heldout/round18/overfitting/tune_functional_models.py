"""Right: each combination's model built with the functional API (Input, Dense, Dropout, Dense) instead of Sequential."""

EXERCISE, VERDICT = "overfitting.tune", "done"

MUTATE = [
    ('''        model = keras.Sequential([
            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(width, activation="relu"),
            keras.layers.Dropout(drop),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
''',
     '''        inputs = keras.Input(shape=x.shape[1:])
        hidden = keras.layers.Dense(width, activation="relu")(inputs)
        hidden = keras.layers.Dropout(drop)(hidden)
        model = keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(hidden))
'''),
]
