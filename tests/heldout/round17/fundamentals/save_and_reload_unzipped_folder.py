"""Wrong: saves with keras.saving.save_model(model, folder/model, zipped=False), which writes a folder (and refuses a .keras name), and measures that folder; breaks 'Keras 3 writes whole models to one `.keras` file'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('path = os.path.join(folder, "model.keras")\n    model.save(path)',
     'path = os.path.join(folder, "model")\n    keras.saving.save_model(model, path, zipped=False)'),
]
