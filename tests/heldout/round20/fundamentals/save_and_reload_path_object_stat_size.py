"""Right: builds the path with pathlib, saves and loads with keras.saving, measures with Path.stat().st_size and returns the path as a string."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"

import pathlib

import keras


def save_and_reload(model, folder):
    path = pathlib.Path(folder) / "trained_model.keras"
    keras.saving.save_model(model, path)
    reloaded = keras.saving.load_model(path)
    return str(path), reloaded, path.stat().st_size
