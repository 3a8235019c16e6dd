"""Wrong: a sigmoid output with from_logits=True."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'from_logits=True'
MUTATE = [('outputs = keras.layers.Dense(1)(x)', 'outputs = keras.layers.Dense(1, activation="sigmoid")(x)')]
