"""Wrong: compiles with RMSprop, note 002's fine-tuning optimizer, instead of Adam; breaks 'the Adam optimizer with its default settings'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     'optimizer=keras.optimizers.RMSprop(), metrics=["accuracy"])'),
]
