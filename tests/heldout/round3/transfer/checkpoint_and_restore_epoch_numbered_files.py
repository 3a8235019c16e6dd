"""Wrong: Named the file checkpoint-{epoch:02d}.weights.h5, one file per epoch, and loaded the last one; breaks 'writes only the weights, at the end of every epoch ..., to a file inside folder' (the callback's filepath names no file)."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ('''    checkpoint = keras.callbacks.ModelCheckpoint(
        filepath=os.path.join(folder, "checkpoint.weights.h5"),
        save_weights_only=True, save_best_only=False, save_freq="epoch")
    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(checkpoint.filepath)
    return checkpoint, fresh''',
     '''    checkpoint = keras.callbacks.ModelCheckpoint(
        filepath=os.path.join(folder, "checkpoint-{epoch:02d}.weights.h5"),
        save_weights_only=True, save_best_only=False, save_freq="epoch")
    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(checkpoint.filepath.format(epoch=epochs))
    return checkpoint, fresh'''),
]
