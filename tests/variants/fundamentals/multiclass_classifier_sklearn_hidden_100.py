"""Wrong: one hidden layer of 100, sklearn MLPClassifier's default hidden_layer_sizes; breaks 'The same layers as `sequential_model`' (128 relu units)."""

EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "wrong", "layer 2"

MUTATE = [
    ('keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(num_classes',
     'keras.layers.Flatten(),\n        keras.layers.Dense(100, activation="relu"),\n        keras.layers.Dense(num_classes'),
]
