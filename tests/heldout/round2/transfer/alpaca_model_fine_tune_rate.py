"""Wrong: Compiled with Adam at 0.0001 (the fine-tuning rate); breaks 'the Adam optimizer at learning rate 0.001'."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('keras.optimizers.Adam(learning_rate=0.001)',
     'keras.optimizers.Adam(learning_rate=0.0001)'),
]
