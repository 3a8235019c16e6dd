"""Right: uses keras.saving.save_model and keras.saving.load_model and names the file after the call's purpose."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"

MUTATE = [
    ('    path = os.path.join(folder, "model.keras")\n    model.save(path)\n    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    path = os.path.join(folder, "saved_model.keras")\n    keras.saving.save_model(model, path)\n    reloaded = keras.saving.load_model(path)\n    return path, reloaded, os.stat(path).st_size'),
]
