"""Wrong: compiles with AdamW instead of Adam; breaks 'the Adam optimizer with its default settings'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     'optimizer=keras.optimizers.AdamW(), metrics=["accuracy"])'),
]
