"""Wrong: a PyTorch-style separate Softmax taken over axis 0 (the batch), so rows no longer sum to 1; breaks 'an output layer of 10 units, softmax: one probability per class'."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"
MUTATE = [
    ("""        keras.layers.Dense(10, activation="softmax"),
    ])


def fit_and_evaluate""",
     """        keras.layers.Dense(10),
        keras.layers.Softmax(axis=0),
    ])


def fit_and_evaluate"""),
]
