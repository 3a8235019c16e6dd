"""Wrong: returns the bare file name instead of the path it saved to; breaks '(path, ...): where the file is' (inside `folder`)."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('''    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)''',
     '''    name = "model.keras"
    path = os.path.join(folder, name)
    model.save(path)
    return name, keras.models.load_model(path), os.path.getsize(path)'''),
]
