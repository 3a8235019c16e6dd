"""Right: keeps the path in a variable, names the trained model, and passes save_freq and the flags in another order."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "done"

MUTATE = [
    ('    checkpoint = keras.callbacks.ModelCheckpoint(\n        filepath=os.path.join(folder, "checkpoint.weights.h5"),\n        save_weights_only=True, save_best_only=False, save_freq="epoch")\n    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n    fresh = build_model()\n    fresh.load_weights(checkpoint.filepath)',
     '    path = os.path.join(folder, "cp.weights.h5")\n    checkpoint = keras.callbacks.ModelCheckpoint(path, save_freq="epoch", save_weights_only=True)\n    trained = build_model()\n    trained.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n    fresh = build_model()\n    fresh.load_weights(path)'),
]
