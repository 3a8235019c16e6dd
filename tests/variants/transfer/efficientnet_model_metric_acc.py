"""Wrong: compiles with metrics=["acc"], the Keras 2 spelling, so the history and evaluate() read "acc" and no "accuracy"; breaks 'and the "accuracy" metric'."""
EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", 'metric names in the history'
MUTATE = [
    ('optimizer=keras.optimizers.Adam(), metrics=["accuracy"])', 'optimizer=keras.optimizers.Adam(), metrics=["acc"])'),
]
