"""Wrong: Copied the weights from the trained model with set_weights(get_weights()) instead of reading the file; breaks 'then a second, new model from build_model gets the weights from that file'."""
EXERCISE, VERDICT, SAYS = "transfer.checkpoint_and_restore", "wrong", 'copied from the trained model'
MUTATE = [
    ('''    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(checkpoint.filepath)''',
     '''    model = build_model()
    model.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.set_weights(model.get_weights())'''),
]
