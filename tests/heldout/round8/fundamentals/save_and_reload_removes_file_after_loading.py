"""Wrong: deletes the file once the model is loaded back ("it is in memory now"), so the path returned points at nothing; breaks '(path, reloaded_model, size_in_bytes): where the file is'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    (
        '    return path, keras.models.load_model(path), os.path.getsize(path)',
        '    reloaded = keras.models.load_model(path)\n    size = os.path.getsize(path)\n    os.remove(path)  # tidy up: the model is loaded now\n    return path, reloaded, size',
    ),
]
