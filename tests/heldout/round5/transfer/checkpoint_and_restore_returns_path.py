"""Wrong: Returned the checkpoint's file path instead of the callback; breaks 'Returns: (checkpoint, fresh): the callback, and the new model'."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ('def checkpoint_and_restore(build_model, x, y, folder, epochs=2):\n    checkpoint = keras.callbacks.ModelCheckpoint(\n        filepath=os.path.join(folder, "checkpoint.weights.h5"),\n        save_weights_only=True, save_best_only=False, save_freq="epoch")\n    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n    fresh = build_model()\n    fresh.load_weights(checkpoint.filepath)\n    return checkpoint, fresh',
     'def checkpoint_and_restore(build_model, x, y, folder, epochs=2):\n    checkpoint = keras.callbacks.ModelCheckpoint(\n        filepath=os.path.join(folder, "checkpoint.weights.h5"),\n        save_weights_only=True, save_best_only=False, save_freq="epoch")\n    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n    fresh = build_model()\n    fresh.load_weights(checkpoint.filepath)\n    return checkpoint.filepath, fresh'),
]
