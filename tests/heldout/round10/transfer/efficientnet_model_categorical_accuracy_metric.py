"""Wrong: asks for the "categorical_accuracy" metric, which Keras 3 logs under that name, not "accuracy"; breaks 'the "accuracy" metric'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     'optimizer=keras.optimizers.Adam(), metrics=["categorical_accuracy"])'),
]
