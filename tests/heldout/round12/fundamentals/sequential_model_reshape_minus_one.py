"""Right: flattens with Reshape((-1,)), a reshape to one axis, and declares the input with batch_shape."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "done"

MUTATE = [
    ('        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),',
     '        keras.Input(batch_shape=(None, 28, 28)),\n        keras.layers.Reshape((-1,)),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),'),
]
