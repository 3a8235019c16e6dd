"""Wrong: compiles with keras.optimizers.Adam(amsgrad=True); breaks 'the Adam optimizer with its default settings'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     '    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(amsgrad=True), metrics=["accuracy"])'),
]
