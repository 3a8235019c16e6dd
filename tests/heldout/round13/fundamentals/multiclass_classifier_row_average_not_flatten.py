"""Wrong: reduces each image with GlobalAveragePooling1D (one mean per column) instead of flattening it, so the hidden layer sees 28 numbers, not 784; breaks 'The same layers as `sequential_model`, but with `num_classes` output units.'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes, activation="softmax"),',
     '        keras.layers.GlobalAveragePooling1D(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes, activation="softmax"),'),
]
