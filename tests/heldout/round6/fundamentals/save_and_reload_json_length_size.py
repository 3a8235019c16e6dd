"""Wrong: reports the length of the model's JSON config as its size; breaks 'the file's size on disk, in bytes'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('''    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)''',
     '''    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), len(model.to_json())'''),
]
