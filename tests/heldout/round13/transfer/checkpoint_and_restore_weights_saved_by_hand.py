"""Wrong: makes the callback but saves the weights itself after fit (model.save_weights to the callback's path), never passing the callback to fit(); breaks 'one model
    from build_model trains with it for `epochs` epochs'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)',
     '    trained = build_model()\n    trained.fit(x, y, epochs=epochs, verbose=0)\n    trained.save_weights(checkpoint.filepath)'),
]
