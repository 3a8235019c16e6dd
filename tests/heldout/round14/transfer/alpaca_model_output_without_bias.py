"""Wrong: the output unit is Dense(1, use_bias=False), so the head has one trainable variable and 1,280 parameters; breaks '2 trainable variables (the output's kernel and bias), 1,281 trainable parameters'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    outputs = keras.layers.Dense(1)(x)\n',
     '    outputs = keras.layers.Dense(1, use_bias=False)(x)\n'),
]
