"""Wrong: fits with validation_split=0.2 out of habit, so the model trains on only 80 % of x and y; breaks 'x, y: the training data' (one model from build_model trains on them for `epochs` epochs)."""

EXERCISE, VERDICT, SAYS = "transfer.checkpoint_and_restore", "wrong", 'validation_split'

MUTATE = [
    ('    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n',
     '    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], validation_split=0.2, verbose=0)\n'),
]
