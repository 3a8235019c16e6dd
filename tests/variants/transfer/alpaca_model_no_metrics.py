"""Wrong: compiled without metrics=['accuracy']."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'metrics'
MUTATE = [
    ('loss=keras.losses.BinaryCrossentropy(from_logits=True),\n                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])',
     'loss=keras.losses.BinaryCrossentropy(from_logits=True))'),
]
