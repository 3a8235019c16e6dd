"""Wrong: gave Adam an ExponentialDecay schedule starting at 0.001 (decay_rate 0.9 every 100 steps), so the rate falls as fit() goes on; breaks 'the Adam optimizer at learning rate 0.001'."""

EXERCISE, VERDICT = 'transfer.alpaca_model', 'wrong'

MUTATE = [
    ('    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),\n                  loss=keras.losses.BinaryCrossentropy(from_logits=True),',
     '    schedule = keras.optimizers.schedules.ExponentialDecay(0.001, decay_steps=100, decay_rate=0.9)\n    model.compile(optimizer=keras.optimizers.Adam(learning_rate=schedule),\n                  loss=keras.losses.BinaryCrossentropy(from_logits=True),'),
]
