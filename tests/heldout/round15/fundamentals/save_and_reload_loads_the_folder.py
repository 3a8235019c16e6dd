"""Wrong: SavedModel habit: saves to folder/model.keras but loads back keras.models.load_model(folder), the folder, which Keras 3 refuses (a folder is neither a .keras nor a .h5 file); breaks 'the new model that loading the file gives back'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    return path, keras.models.load_model(folder), os.path.getsize(path)'),
]
