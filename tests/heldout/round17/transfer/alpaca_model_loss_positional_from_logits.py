"""Right: writes the loss as keras.losses.BinaryCrossentropy(True): from_logits is that class's first positional argument."""

EXERCISE, VERDICT = "transfer.alpaca_model", "done"

MUTATE = [
    ('loss=keras.losses.BinaryCrossentropy(from_logits=True),',
     'loss=keras.losses.BinaryCrossentropy(True),'),
]
