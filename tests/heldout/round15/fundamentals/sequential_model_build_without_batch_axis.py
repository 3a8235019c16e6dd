"""Wrong: leaves out keras.Input and calls model.build((28, 28)) without the batch axis, so the model is built for a batch of 28 rows of 28 values (a 28x128 hidden kernel) and refuses (batch, 28, 28) images; breaks 'a keras.Sequential model that takes (batch, 28, 28) and gives (batch, 10)'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n',
     'def sequential_model():\n    model = keras.Sequential([\n'),
    ('        keras.layers.Dense(10, activation="softmax"),\n    ])\n\n\ndef fit_and_evaluate',
     '        keras.layers.Dense(10, activation="softmax"),\n    ])\n    model.build((28, 28))\n    return model\n\n\ndef fit_and_evaluate'),
]
