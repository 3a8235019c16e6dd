"""Wrong: loads the file but returns the model it was given."""
EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "wrong", "load_model"
MUTATE = [("return path, keras.models.load_model(path), os.path.getsize(path)",
           "keras.models.load_model(path)\n    return path, model, os.path.getsize(path)")]
