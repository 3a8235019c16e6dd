"""Wrong: the learner loaded the file only to see that it loads, and returned the model it was given, which predicts the same; breaks 'the new model that loading the file gives back, not the model you were given'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('return path, keras.models.load_model(path), os.path.getsize(path)',
     'keras.models.load_model(path)  # it loads back\n    return path, model, os.path.getsize(path)'),
]
