"""Wrong: compiled without metrics=['accuracy']."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'metrics'
MUTATE = [
    ('loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])', 'loss=keras.losses.BinaryCrossentropy(from_logits=True))'),
]
