"""Right: keras.saving.save_model/load_model, another file name, and the size read by seeking to the end of the file."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"
MUTATE = [
    ("""    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)""",
     """    path = os.path.join(folder, "my_model.keras")
    keras.saving.save_model(model, path)
    reloaded = keras.saving.load_model(path)
    with open(path, "rb") as file:
        file.seek(0, os.SEEK_END)
        size = file.tell()
    return path, reloaded, size"""),
]
