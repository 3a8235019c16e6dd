"""Wrong: loads the file to prove it works but returns the model it was given, whose predictions of course match; breaks 'the new model that loading the file gives back, not the model you were given'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('return path, keras.models.load_model(path), os.path.getsize(path)',
     'keras.models.load_model(path)  # it loads back\n    return path, model, os.path.getsize(path)'),
]
