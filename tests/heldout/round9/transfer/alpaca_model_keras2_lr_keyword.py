"""Wrong: writes the note's Adam(lr=0.001); Keras 3 optimizers refuse the lr keyword; breaks 'the Adam optimizer at learning rate 0.001 (the note's base_learning_rate)'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    (
        '    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),\n',
        '    model.compile(optimizer=keras.optimizers.Adam(lr=0.001),\n',
    ),
]
