"""Right: a ModelCheckpoint given only a pathlib-built .weights.h5 path and save_weights_only=True (it saves every epoch by default); the trained model kept in a variable, the fresh one loads the same path."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "done"

import pathlib

import keras


def checkpoint_and_restore(build_model, x, y, folder, epochs=2):
    weights_file = str(pathlib.Path(folder) / "run.weights.h5")
    checkpoint = keras.callbacks.ModelCheckpoint(weights_file, save_weights_only=True)
    trained = build_model()
    trained.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(weights_file)
    return checkpoint, fresh
