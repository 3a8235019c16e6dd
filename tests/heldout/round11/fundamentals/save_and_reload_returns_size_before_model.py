"""Wrong: returns (path, size, model), the size and the reloaded model swapped; breaks '(path, reloaded_model, size_in_bytes)'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    return path, os.path.getsize(path), keras.models.load_model(path)'),
]
