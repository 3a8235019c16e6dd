"""Wrong: returns the size second and the reloaded model last; breaks '(path, reloaded_model, size_in_bytes)'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    size = os.path.getsize(path)\n    return path, size, keras.models.load_model(path)'),
]
