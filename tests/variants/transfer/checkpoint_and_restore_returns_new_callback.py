"""Wrong: passes one ModelCheckpoint to fit() inline and returns a second, unused one built with the same settings; breaks 'Returns: (checkpoint, fresh): the callback' (the one that wrote the file)."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
SAYS = 'one fit() never used'
MUTATE = [
    ('''    checkpoint = keras.callbacks.ModelCheckpoint(
        filepath=os.path.join(folder, "checkpoint.weights.h5"),
        save_weights_only=True, save_best_only=False, save_freq="epoch")
    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)''',
     '''    path = os.path.join(folder, "checkpoint.weights.h5")
    build_model().fit(x, y, epochs=epochs, verbose=0, callbacks=[
        keras.callbacks.ModelCheckpoint(filepath=path, save_weights_only=True, save_freq="epoch")])
    checkpoint = keras.callbacks.ModelCheckpoint(filepath=path, save_weights_only=True, save_freq="epoch")'''),
]
