"""Wrong: the size is reported in kilobytes, not bytes."""
EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "wrong", "bytes"

import os

import keras


def save_and_reload(model, folder):
    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path) / 1024
