"""Right: saves with keras.saving.save_model under another file name, reloads with keras.saving.load_model and reads os.stat().st_size."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"

MUTATE = [
    ('    path = os.path.join(folder, "model.keras")\n    model.save(path)\n    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    path = os.path.join(folder, "classifier.keras")\n    keras.saving.save_model(model, path)\n    reloaded = keras.saving.load_model(path)\n    return path, reloaded, os.stat(path).st_size'),
]
