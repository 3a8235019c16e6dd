"""Wrong: Recompiled without metrics; breaks 'and the "accuracy" metric'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=["accuracy"])',
     'optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10))'),
]
