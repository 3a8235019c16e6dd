"""Wrong: copy-pasted softmax onto the hidden layer too; breaks 'The same layers as `sequential_model`' (a hidden layer of 128 units, relu)."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ("""        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(num_classes, activation="softmax"),""",
     """        keras.layers.Dense(128, activation="softmax"),
        keras.layers.Dense(num_classes, activation="softmax"),"""),
]
