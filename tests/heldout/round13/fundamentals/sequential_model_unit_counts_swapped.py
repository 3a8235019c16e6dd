"""Wrong: mixes up the two unit counts, a hidden Dense(10, relu) and an output Dense(128, softmax); breaks 'a keras.Sequential model that takes (batch, 28, 28) and gives (batch, 10)'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n    ])\n\n\ndef fit_and_evaluate',
     '        keras.layers.Dense(10, activation="relu"),\n        keras.layers.Dense(128, activation="softmax"),\n    ])\n\n\ndef fit_and_evaluate'),
]
