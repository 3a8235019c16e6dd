"""Wrong: Returned the folder it saved into instead of the file's path; breaks 'Returns: (path, ...): where the file is'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ("""    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)""",
     """    path = os.path.join(folder, "model.keras")
    model.save(path)
    return folder, keras.models.load_model(path), os.path.getsize(path)"""),
]
