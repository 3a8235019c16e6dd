"""Right: starts from sequential_model(), pops its 10-unit output and adds a Dense(num_classes, softmax) in its place."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"

MUTATE = [
    (
        '    model = keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes, activation="softmax"),\n    ])\n',
        '    model = sequential_model()  # the same layers, with 10 outputs\n    model.pop()\n    model.add(keras.layers.Dense(num_classes, activation="softmax"))\n',
    ),
]
