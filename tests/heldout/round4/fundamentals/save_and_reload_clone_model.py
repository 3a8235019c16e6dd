"""Wrong: Saved the file but returned keras.models.clone_model(model), a new model with fresh weights, not the loaded one; breaks 'the new model that loading the file gives back'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ("""    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)""",
     """    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.clone_model(model), os.path.getsize(path)"""),
]
