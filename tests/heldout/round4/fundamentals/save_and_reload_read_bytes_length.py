"""Right: Names the file net.keras, reloads it with keras.saving.load_model and measures the size as the number of bytes read back from the file."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"
MUTATE = [
    ("""    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)""",
     """    path = os.path.join(folder, "net.keras")
    keras.saving.save_model(model, path)
    reloaded = keras.saving.load_model(path)
    with open(path, "rb") as file:
        size = len(file.read())
    return path, reloaded, size"""),
]
