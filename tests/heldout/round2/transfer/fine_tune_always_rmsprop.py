"""Wrong: Recompiled with RMSprop as note 002 does, whatever optimizer the model had; breaks 'the same kind of optimizer'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10)',
     'optimizer=keras.optimizers.RMSprop(learning_rate=base_learning_rate / 10)'),
]
