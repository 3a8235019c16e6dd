"""Wrong: the default 2 epochs written in."""
EXERCISE, VERDICT, SAYS = "transfer.checkpoint_and_restore", "wrong", 'epochs=epochs'
MUTATE = [
    ('build_model().fit(x, y, epochs=epochs,', 'build_model().fit(x, y, epochs=2,'),
]
