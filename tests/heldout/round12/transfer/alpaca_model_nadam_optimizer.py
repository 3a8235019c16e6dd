"""Wrong: compiles with Nadam at 0.001 instead of Adam; breaks 'the Adam optimizer at learning rate 0.001 (the note's base_learning_rate)'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),',
     'model.compile(optimizer=keras.optimizers.Nadam(learning_rate=0.001),'),
]
