"""Wrong: Reported count_params() * 4 (the float32 weights) as the size instead of measuring the file; breaks 'the file's size on disk, in bytes'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ("""    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)""",
     """    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), model.count_params() * 4"""),
]
