"""Wrong: compiles with BinaryFocalCrossentropy(from_logits=True); breaks 'Compiled with a binary cross-entropy that takes logits'."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ("""    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])""",
     """    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  loss=keras.losses.BinaryFocalCrossentropy(from_logits=True), metrics=["accuracy"])"""),
]
