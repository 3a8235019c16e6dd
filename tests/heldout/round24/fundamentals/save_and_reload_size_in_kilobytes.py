"""Wrong: the learner reported the size in kilobytes (getsize / 1024), as file sizes are usually quoted; breaks 'the file's size on disk, in bytes'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('return path, keras.models.load_model(path), os.path.getsize(path)',
     'return path, keras.models.load_model(path), os.path.getsize(path) / 1024'),
]
