"""Right: keeps the file path in a variable, trains in explicit batches of 16 and loads with load_weights(path)."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "done"

MUTATE = [
    ('    checkpoint = keras.callbacks.ModelCheckpoint(\n        filepath=os.path.join(folder, "checkpoint.weights.h5"),\n        save_weights_only=True, save_best_only=False, save_freq="epoch")\n    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n    fresh = build_model()\n    fresh.load_weights(checkpoint.filepath)',
     '    path = os.path.join(folder, "run.weights.h5")\n    checkpoint = keras.callbacks.ModelCheckpoint(path, save_weights_only=True)\n    trained = build_model()\n    trained.fit(x, y, batch_size=16, epochs=epochs, callbacks=[checkpoint], verbose=0)\n    fresh = build_model()\n    fresh.load_weights(path)'),
]
