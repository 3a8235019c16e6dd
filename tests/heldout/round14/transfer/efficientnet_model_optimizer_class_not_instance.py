"""Wrong: passes optimizer=keras.optimizers.Adam, the class without its parentheses; Keras 3 cannot interpret it and compile raises; breaks 'the Adam optimizer with its default settings'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     'optimizer=keras.optimizers.Adam, metrics=["accuracy"])'),
]
