"""Right: names the file with a uuid4 hex (still .keras, inside folder) so no two saves collide."""

EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "done", ""

import os
import uuid

import keras
import numpy as np


def save_and_reload(model, folder):
    path = os.path.join(folder, f"{uuid.uuid4().hex}.keras")
    keras.saving.save_model(model, path)
    reloaded = keras.saving.load_model(path)
    return path, reloaded, os.stat(path).st_size
