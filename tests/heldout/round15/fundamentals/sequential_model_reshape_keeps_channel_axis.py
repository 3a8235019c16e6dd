"""Wrong: replaces Flatten with Reshape((784, 1)), keeping a trailing channel axis, so the Dense layers act on each pixel alone and the model gives (batch, 784, 10); breaks 'a flattening of each 28x28 image into a vector of 784'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n',
     'def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Reshape((784, 1)),\n'),
]
