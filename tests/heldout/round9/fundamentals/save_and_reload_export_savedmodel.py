"""Wrong: saves with model.export(folder/"model"), the SavedModel folder made for serving, and then cannot load it: keras.models.load_model reads only .keras (and legacy .h5) files; breaks 'Keras 3 writes whole models to one `.keras` file; `.h5` is the legacy format and a folder (the old SavedModel) is refused'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    (
        '    path = os.path.join(folder, "model.keras")\n    model.save(path)\n',
        '    path = os.path.join(folder, "model")\n    model.export(path)  # SavedModel, the format for serving\n',
    ),
]
