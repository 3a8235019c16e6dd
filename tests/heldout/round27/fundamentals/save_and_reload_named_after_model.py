"""Right: the learner names the file after the model, f"{model.name}.keras" inside `folder`, saves it with keras.saving.save_model, loads it back with keras.saving.load_model and reads the size with os.stat(path).st_size after saving; the path ends in .keras inside the given folder, the reloaded model is a new object with the same weights, loss and optimizer, and the size is in bytes."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"

MUTATE = [
    ('''    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)''',
     '''    path = os.path.join(folder, f"{model.name}.keras")
    keras.saving.save_model(model, path)
    size = os.stat(path).st_size
    reloaded = keras.saving.load_model(path)
    return path, reloaded, size'''),
]
