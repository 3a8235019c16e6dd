"""Wrong: builds each model through an lru_cache'd helper keyed on (input shape, units, dropout), so the runs of different learning rates share one model, already trained; breaks 'a new model' for every (learning_rate, units, dropout)."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ("import itertools\n", "import functools\nimport itertools\n"),
    ('''def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):
    scores = {}
    for rate, width, drop in itertools.product(learning_rates, units, dropouts):
        model = keras.Sequential([
            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(width, activation="relu"),
            keras.layers.Dropout(drop),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
''', '''@functools.lru_cache(maxsize=None)
def _tune_model(input_shape, width, drop):
    return keras.Sequential([
        keras.Input(shape=input_shape),
        keras.layers.Dense(width, activation="relu"),
        keras.layers.Dropout(drop),
        keras.layers.Dense(1, activation="sigmoid"),
    ])


def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):
    scores = {}
    for rate, width, drop in itertools.product(learning_rates, units, dropouts):
        model = _tune_model(tuple(x.shape[1:]), width, drop)
'''),
]
