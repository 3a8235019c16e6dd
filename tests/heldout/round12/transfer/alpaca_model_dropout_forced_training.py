"""Wrong: calls the head's Dropout with training=True ("dropout is for training"), so it stays on in predict and evaluate; breaks 'a global average pooling, a dropout of 0.2, and one output unit with no activation: one logit'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('x = keras.layers.Dropout(0.2)(x)',
     'x = keras.layers.Dropout(0.2)(x, training=True)'),
]
