"""Right: keras.saving.save_model / load_model on a pathlib path named after the model, the size from Path.stat()."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"

import pathlib

import keras


def save_and_reload(model, folder):
    target = pathlib.Path(folder) / f"{model.name}.keras"
    keras.saving.save_model(model, target)
    reloaded = keras.saving.load_model(target)
    return str(target), reloaded, target.stat().st_size
