"""Wrong: writes note 001's Adam(lr=0.001); Keras 3's optimizers reject lr (Argument(s) not recognized); breaks 'the Adam optimizer with its default settings'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     'optimizer=keras.optimizers.Adam(lr=0.001), metrics=["accuracy"])'),
]
