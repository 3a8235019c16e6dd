"""Wrong: makes one builder lambda per (units, dropout) in a loop, and every lambda builds with the last units and dropout (late binding); breaks 'a hidden layer of `units` units (relu), a dropout of `dropout`'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('''    scores = {}
    for rate, width, drop in itertools.product(learning_rates, units, dropouts):
        model = keras.Sequential([
            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(width, activation="relu"),
            keras.layers.Dropout(drop),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
''', '''    scores = {}
    builders = {}
    for size, share in itertools.product(units, dropouts):
        builders[size, share] = lambda: keras.Sequential([
            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(size, activation="relu"),
            keras.layers.Dropout(share),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
    for rate, width, drop in itertools.product(learning_rates, units, dropouts):
        model = builders[width, drop]()
'''),
]
