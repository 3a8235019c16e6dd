"""Wrong: puts the 128-unit Dense before Flatten, so it acts on each 28-pixel row and the output layer reads 28 x 128 features; breaks 'The same layers as `sequential_model`'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('model = keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),',
     'model = keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Flatten(),'),
]
