"""Wrong: the learner wrote the note's three layers once at the top of the module, as a list LAYERS = [Flatten(), Dense(128, relu), Dense(10, softmax)], and sequential_model() wraps them in keras.Sequential([keras.Input((28, 28)), *LAYERS]); the first model it returns is right, but a second call puts the very same layer objects, and so the same weights, into the new model: training one model changes the other's predictions; breaks 'makes anew the models and callbacks it returns'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('''def sequential_model():
    return keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ])''',
     '''LAYERS = [
    keras.layers.Flatten(),
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
]


def sequential_model():
    return keras.Sequential([keras.Input(shape=(28, 28)), *LAYERS])'''),
]
