"""Wrong: sizes the hidden layer as 16 units per class instead of 128; breaks 'The same layers as `sequential_model`, but with `num_classes` output units'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    (
        '        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes, activation="softmax"),',
        '        keras.layers.Dense(16 * num_classes, activation="relu"),  # room for every class\n        keras.layers.Dense(num_classes, activation="softmax"),',
    ),
]
