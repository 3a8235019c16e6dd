"""Wrong: Left out the hidden Dense(128, relu): flatten straight into the softmax; breaks 'The same layers as `sequential_model`, but with `num_classes` output units'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ("""        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(num_classes, activation="softmax"),""",
     """        keras.layers.Flatten(),
        keras.layers.Dense(num_classes, activation="softmax"),"""),
]
