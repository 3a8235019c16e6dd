"""Wrong: ports the PyTorch quickstart's linear_relu_stack (two hidden layers of 512); breaks 'a hidden layer of 128 units, relu'."""

EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", "layers"

MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),',
     'def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(512, activation="relu"),\n        keras.layers.Dense(512, activation="relu"),'),
]
