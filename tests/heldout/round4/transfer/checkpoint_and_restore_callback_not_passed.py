"""Wrong: Made the checkpoint but forgot callbacks=[checkpoint] in fit(), so no file is ever written; breaks 'one model from build_model trains with it for `epochs` epochs'."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ("""    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(checkpoint.filepath)""",
     """    build_model().fit(x, y, epochs=epochs, verbose=0)
    fresh = build_model()
    fresh.load_weights(checkpoint.filepath)"""),
]
