"""Right: declares the input with keras.layers.InputLayer(shape=...) instead of keras.Input, keyword layers argument."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "done"
MUTATE = [
    ("""    return keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ])


def fit_and_evaluate""",
     """    return keras.Sequential(layers=[
        keras.layers.InputLayer(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(units=128, activation="relu"),
        keras.layers.Dense(units=10, activation="softmax"),
    ])


def fit_and_evaluate"""),
]
