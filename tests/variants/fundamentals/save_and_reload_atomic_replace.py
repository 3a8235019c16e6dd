"""Right: saves to a temporary model.partial.keras in the folder and os.replace()s it onto model.keras, so a crash mid-write never leaves a broken file; then loads and measures model.keras."""

EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "done", ""

import os

import keras


def save_and_reload(model, folder):
    path = os.path.join(folder, "model.keras")
    partial = os.path.join(folder, "model.partial.keras")
    model.save(partial)
    os.replace(partial, path)
    reloaded = keras.models.load_model(path)
    return path, reloaded, os.path.getsize(path)
