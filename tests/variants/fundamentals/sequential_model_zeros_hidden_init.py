"""Wrong: initialises the hidden layer's kernel to zeros, so all 128 units stay identical and the layer cannot learn different features; breaks 'learn features in one hidden layer'."""

EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", 'initial kernel'

MUTATE = [
    (
        '    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),',
        '    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu", kernel_initializer="zeros"),',
    ),
]
