"""Right: one path variable, ModelCheckpoint(path, monitor="loss", save_weights_only=True) with its defaults saving every epoch, the trained model kept in a variable."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "done"

MUTATE = [
    ('''def checkpoint_and_restore(build_model, x, y, folder, epochs=2):
    checkpoint = keras.callbacks.ModelCheckpoint(
        filepath=os.path.join(folder, "checkpoint.weights.h5"),
        save_weights_only=True, save_best_only=False, save_freq="epoch")
    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(checkpoint.filepath)
    return checkpoint, fresh
''',
     '''def checkpoint_and_restore(build_model, x, y, folder, epochs=2):
    path = os.path.join(folder, "model_0.weights.h5")
    checkpoint = keras.callbacks.ModelCheckpoint(path, monitor="loss", save_weights_only=True, verbose=0)
    trained = build_model()
    trained.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(path)
    return checkpoint, fresh
'''),
]
