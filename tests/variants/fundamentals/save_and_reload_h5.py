"""Wrong: the legacy HDF5 format instead of Keras 3's .keras."""
EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "wrong", ".keras"

import os

import keras


def save_and_reload(model, folder):
    path = os.path.join(folder, "model.h5")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)
