"""Wrong: Loaded the file into the trained model and returned the untouched new one; breaks 'then a second, new model from build_model gets the weights from that file'."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ('''    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(checkpoint.filepath)''',
     '''    model = build_model()
    model.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    model.load_weights(checkpoint.filepath)'''),
]
