"""Right: its own file name, saving API functions, returns the absolute path of the file."""
EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "done", ""
MUTATE = [
    ('''    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)''',
     '''    path = os.path.abspath(os.path.join(folder, "tutorial1_model.keras"))
    keras.saving.save_model(model, path, overwrite=True)
    reloaded = keras.saving.load_model(path)
    return path, reloaded, os.path.getsize(path)'''),
]
