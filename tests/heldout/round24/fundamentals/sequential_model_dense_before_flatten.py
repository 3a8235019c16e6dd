"""Wrong: the learner put the hidden Dense(128) first and flattened just before the output, as a CNN flattens right before its head; it still takes (batch, 28, 28) and gives (batch, 10), but the Dense acts on each row of 28 pixels; breaks 'Layers, in order' ('a flattening of each 28x28 image into a vector of 784' first, then 'a hidden layer of 128 units, relu')."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),',
     'def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Flatten(),'),
]
