"""Right: the checkpoint with only filepath and save_weights_only (every epoch is the default), the trained model kept in a variable."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "done"
MUTATE = [
    ('''    checkpoint = keras.callbacks.ModelCheckpoint(
        filepath=os.path.join(folder, "checkpoint.weights.h5"),
        save_weights_only=True, save_best_only=False, save_freq="epoch")
    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(checkpoint.filepath)''',
     '''    path = os.path.join(folder, "training_1.weights.h5")
    checkpoint = keras.callbacks.ModelCheckpoint(path, save_weights_only=True)
    trained = build_model()
    trained.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(path)'''),
]
