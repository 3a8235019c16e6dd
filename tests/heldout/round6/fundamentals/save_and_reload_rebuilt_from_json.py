"""Wrong: saves the file but 'reloads' by rebuilding the architecture from model.to_json(), so the new model has fresh weights; breaks 'the new model that loading the file gives back' (it must predict as the saved one)."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('''    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)''',
     '''    path = os.path.join(folder, "model.keras")
    model.save(path)
    reloaded = keras.models.model_from_json(model.to_json())
    return path, reloaded, os.path.getsize(path)'''),
]
