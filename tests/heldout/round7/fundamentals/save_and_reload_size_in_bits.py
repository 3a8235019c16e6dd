"""Wrong: reports the size in bits (bytes * 8); breaks 'the file's size on disk, in bytes'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    return path, keras.models.load_model(path), os.path.getsize(path) * 8'),
]
