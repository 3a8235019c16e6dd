"""Wrong: puts the sigmoid on the hidden layer and the relu on the output unit; breaks 'a hidden layer of 16 units, relu an output of 1 unit, sigmoid: the probability of "positive"'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     '        keras.layers.Dense(16, activation="sigmoid"),\n        keras.layers.Dense(1, activation="relu"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])'),
]
