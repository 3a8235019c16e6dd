"""Wrong: hidden layer uses tanh; breaks 'a hidden layer of 16 units, relu'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ("""        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),""",
     """        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="tanh"),"""),
]
