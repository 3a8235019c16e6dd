"""Correct: keras.saving functions, a pathlib.Path and stat()."""
EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "done", ""

from pathlib import Path

import keras


def save_and_reload(model, folder):
    path = Path(folder) / "model.keras"
    keras.saving.save_model(model, path)
    return path, keras.saving.load_model(path), path.stat().st_size
