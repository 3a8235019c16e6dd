"""Right: a PyTorch-flavoured file name that still ends in ".weights.h5" ("model_state.pth.weights.h5"), ModelCheckpoint with its defaults otherwise (every epoch, not only the best)."""

EXERCISE, VERDICT, SAYS = "transfer.checkpoint_and_restore", "done", ""

import os

import keras


def checkpoint_and_restore(build_model, x, y, folder, epochs=2):
    path = os.path.join(folder, "model_state.pth.weights.h5")
    checkpoint = keras.callbacks.ModelCheckpoint(path, save_weights_only=True)
    model = build_model()
    model.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(path)
    return checkpoint, fresh
