"""Wrong: Put a sigmoid on the output while keeping from_logits=True; breaks 'one output unit with no activation'."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('outputs = keras.layers.Dense(1)(x)',
     'outputs = keras.layers.Dense(1, activation="sigmoid")(x)'),
]
