"""Wrong: uses a hidden layer of 64 units instead of sequential_model's 128; breaks 'The same layers as `sequential_model`, but with `num_classes` output units'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes, activation="softmax"),',
     '        keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(num_classes, activation="softmax"),'),
]
