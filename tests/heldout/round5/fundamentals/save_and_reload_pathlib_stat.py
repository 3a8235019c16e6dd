"""Right: Builds the path with pathlib (returned as str), reloads with keras.saving.load_model and measures with os.stat."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"
MUTATE = [
    ('    path = os.path.join(folder, "model.keras")\n    model.save(path)\n    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    import pathlib\n    target = pathlib.Path(folder) / "my_model.keras"\n    model.save(target)\n    reloaded = keras.saving.load_model(target)\n    return str(target), reloaded, os.stat(target).st_size'),
]
