"""Wrong: measures the file as the blocks it takes on disk (st_blocks * 512), rounded up to whole blocks; breaks 'the file's size on disk, in bytes'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    return path, keras.models.load_model(path), os.stat(path).st_blocks * 512'),
]
