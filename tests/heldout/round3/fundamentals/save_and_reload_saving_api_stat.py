"""Right: keras.saving.save_model / keras.saving.load_model, a pathlib-built path turned into str, and os.stat(...).st_size."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"
MUTATE = [
    ('''    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)''',
     '''    import pathlib

    path = str(pathlib.Path(folder) / "reloadable.keras")
    keras.saving.save_model(model, path)
    reloaded = keras.saving.load_model(path)
    return path, reloaded, os.stat(path).st_size'''),
]
