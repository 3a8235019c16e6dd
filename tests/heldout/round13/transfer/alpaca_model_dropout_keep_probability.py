"""Wrong: writes Dropout(0.8), reading 0.2 as the share dropped and passing the share kept; breaks 'a global average pooling, a dropout of 0.2, and one output unit with no activation'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    x = keras.layers.Dropout(0.2)(x)\n    outputs = keras.layers.Dense(1)(x)',
     '    x = keras.layers.Dropout(0.8)(x)\n    outputs = keras.layers.Dense(1)(x)'),
]
