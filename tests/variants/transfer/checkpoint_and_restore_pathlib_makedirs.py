"""Right: builds the path with pathlib (creating the folder if missing), relies on ModelCheckpoint's defaults (save every epoch, not only the best) with save_weights_only=True, and loads from str(path)."""

EXERCISE, VERDICT, SAYS = "transfer.checkpoint_and_restore", "done", ""

import pathlib

import keras


def checkpoint_and_restore(build_model, x, y, folder, epochs=2):
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    weights_file = str(folder / "model.weights.h5")
    checkpoint = keras.callbacks.ModelCheckpoint(weights_file, save_weights_only=True)
    trained = build_model()
    trained.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(weights_file)
    return checkpoint, fresh
