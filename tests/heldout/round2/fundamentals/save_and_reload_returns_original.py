"""Wrong: Returned the model it was given instead of the reloaded one; breaks 'the new model that loading the file gives back, not the model you were given'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('return path, keras.models.load_model(path), os.path.getsize(path)',
     'keras.models.load_model(path)\n    return path, model, os.path.getsize(path)'),
]
