"""Wrong: Measured os.path.getsize(folder), the directory entry, not the file; breaks 'the file's size on disk, in bytes'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('return path, keras.models.load_model(path), os.path.getsize(path)',
     'return path, keras.models.load_model(path), os.path.getsize(folder)'),
]
