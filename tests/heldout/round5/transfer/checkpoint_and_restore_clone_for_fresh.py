"""Wrong: Made the second model with keras.models.clone_model(trained) instead of build_model(); breaks 'then a second, new model from build_model gets the weights from that file'."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ('def checkpoint_and_restore(build_model, x, y, folder, epochs=2):\n    checkpoint = keras.callbacks.ModelCheckpoint(\n        filepath=os.path.join(folder, "checkpoint.weights.h5"),\n        save_weights_only=True, save_best_only=False, save_freq="epoch")\n    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n    fresh = build_model()\n    fresh.load_weights(checkpoint.filepath)\n    return checkpoint, fresh',
     'def checkpoint_and_restore(build_model, x, y, folder, epochs=2):\n    checkpoint = keras.callbacks.ModelCheckpoint(\n        filepath=os.path.join(folder, "checkpoint.weights.h5"),\n        save_weights_only=True, save_best_only=False, save_freq="epoch")\n    trained = build_model()\n    trained.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n    fresh = keras.models.clone_model(trained)\n    fresh.load_weights(checkpoint.filepath)\n    return checkpoint, fresh'),
]
