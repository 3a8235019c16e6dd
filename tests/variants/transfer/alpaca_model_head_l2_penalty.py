"""Wrong: puts an L2 penalty on the output layer's kernel against overfitting on the small alpaca set; breaks 'one output unit with no activation: one logit' compiled with the binary cross-entropy (the loss now holds a penalty)."""

EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", "a weight penalty or constraint"

MUTATE = [
    ('    outputs = keras.layers.Dense(1)(x)',
     '    outputs = keras.layers.Dense(1, kernel_regularizer=keras.regularizers.L2(0.01))(x)'),
]
