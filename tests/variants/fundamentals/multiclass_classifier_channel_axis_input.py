"""Right: declares keras.Input(shape=(28, 28, 1)); a (batch, 28, 28) input gets its channel axis added by the model, and the Flatten still gives 784 values."""

EXERCISE, VERDICT, SAYS = 'fundamentals.multiclass_classifier', 'done', ''

MUTATE = [
    ('        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes',
     '        keras.Input(shape=(28, 28, 1)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes'),
]
