"""Wrong: a tanh hidden layer, as older MLP tutorials write it; breaks 'a hidden layer of 128 units, relu'."""

EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", "layer 2"

MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),',
     'def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="tanh"),'),
]
