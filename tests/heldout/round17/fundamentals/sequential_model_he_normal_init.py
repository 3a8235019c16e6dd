"""Right: gives the relu layer kernel_initializer="he_normal"; the layers, units, activations and shapes are the note's, and the initializer is not part of the contract."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "done"

MUTATE = [
    ('return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),',
     'return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu", kernel_initializer="he_normal"),'),
]
