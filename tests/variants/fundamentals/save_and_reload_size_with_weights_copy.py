"""Wrong: also writes model.weights.h5 beside the .keras file for quick restores and reports the two files' sizes added up; breaks 'the file's size on disk, in bytes' (the .keras file's)."""

EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "wrong", "file size"

MUTATE = [
    ('    model.save(path)\n    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    model.save(path)\n'
     '    weights = os.path.join(folder, "model.weights.h5")  # a quick restore point as well\n'
     '    model.save_weights(weights)\n'
     '    return path, keras.models.load_model(path), os.path.getsize(path) + os.path.getsize(weights)'),
]
