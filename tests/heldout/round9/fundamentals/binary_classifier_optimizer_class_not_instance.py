"""Wrong: passes the class keras.optimizers.Adam (no parentheses) as the optimizer; compile wants an instance or a name and refuses it; breaks 'Compiled with the Adam optimizer, the binary_crossentropy loss and the "accuracy" metric'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    (
        '    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n',
        '    model.compile(optimizer=keras.optimizers.Adam, loss="binary_crossentropy", metrics=["accuracy"])\n',
    ),
]
