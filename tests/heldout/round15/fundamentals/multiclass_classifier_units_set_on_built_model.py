"""Wrong: reuses sequential_model() and sets its last layer's units to num_classes, but that layer is already built with a 10-unit kernel, so the model still gives 10 probabilities; breaks 'The same layers as `sequential_model`, but with `num_classes` output units'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('    model = keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes, activation="softmax"),\n    ])\n',
     '    model = sequential_model()\n    model.layers[-1].units = num_classes\n'),
]
