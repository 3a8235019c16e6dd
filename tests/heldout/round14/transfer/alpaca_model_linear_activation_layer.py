"""Right: the output is Dense(1) followed by its own Activation("linear") layer, which leaves the logit as it is (one unit, no activation); the parameter counts do not change."""

EXERCISE, VERDICT = "transfer.alpaca_model", "done"

MUTATE = [
    ('    outputs = keras.layers.Dense(1)(x)\n',
     '    outputs = keras.layers.Activation("linear")(keras.layers.Dense(1)(x))\n'),
]
