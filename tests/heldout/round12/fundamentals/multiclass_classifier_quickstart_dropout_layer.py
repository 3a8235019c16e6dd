"""Wrong: adds the TensorFlow quickstart's Dropout(0.2) after the hidden layer; breaks 'The same layers as `sequential_model`, but with `num_classes` output units'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes, activation="softmax"),',
     '        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dropout(0.2),\n        keras.layers.Dense(num_classes, activation="softmax"),'),
]
