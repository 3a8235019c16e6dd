"""Wrong: reduces each image with GlobalAveragePooling1D (as the review classifier does) instead of flattening it, so the hidden layer sees 28 column means, not 784 pixels; the output shape is still (batch, 10); breaks 'a flattening of each 28x28 image into a vector of 784'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    (
        '        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n',
        '        keras.Input(shape=(28, 28)),\n        keras.layers.GlobalAveragePooling1D(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n',
    ),
]
