"""Wrong: the learner copied note 002's only compile call, the one made for fine-tuning, Adam(learning_rate=base_learning_rate / 10), and wrote it out as Adam(learning_rate=0.0001); the model, its summary and the loss and metric are all as asked and fit runs, only ten times slower; breaks 'the Adam optimizer at learning rate 0.001 (the note's base_learning_rate)'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ("    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),",
     "    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.0001),"),
]
