"""Right: Keeps the path in a variable, relies on ModelCheckpoint's defaults (save_best_only=False, save_freq="epoch"), and loads from that path."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "done"
MUTATE = [
    ('''    checkpoint = keras.callbacks.ModelCheckpoint(
        filepath=os.path.join(folder, "checkpoint.weights.h5"),
        save_weights_only=True, save_best_only=False, save_freq="epoch")
    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(checkpoint.filepath)
    return checkpoint, fresh''',
     '''    path = os.path.join(folder, "weights_every_epoch.weights.h5")
    checkpoint = keras.callbacks.ModelCheckpoint(path, save_weights_only=True, verbose=0)
    trained = build_model()
    trained.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(path)
    return checkpoint, fresh'''),
]
