"""Right: both models built up front (the fresh one untrained), the weights loaded from the callback's path after the run."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "done"
MUTATE = [
    ("""    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(checkpoint.filepath)
    return checkpoint, fresh""",
     """    trained, fresh = build_model(), build_model()
    trained.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh.load_weights(os.path.join(folder, "checkpoint.weights.h5"))
    return checkpoint, fresh"""),
]
