"""Wrong: gives the output layer activation="softplus" (the completion offered next to softmax): the ten outputs are positive but do not sum to 1; breaks 'an output layer of 10 units, softmax: one probability per class'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    (
        '        keras.layers.Dense(10, activation="softmax"),\n',
        '        keras.layers.Dense(10, activation="softplus"),\n',
    ),
]
