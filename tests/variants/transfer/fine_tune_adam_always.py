"""Wrong: Adam whatever the model was compiled with."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", 'type(model.optimizer)'
MUTATE = [
    ('optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10)', 'optimizer=keras.optimizers.Adam(learning_rate=base_learning_rate / 10)'),
]
