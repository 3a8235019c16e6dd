"""Wrong: measures the file with shutil.disk_usage(path).used, which is the space used on the whole disk that holds the file, not the file's size; breaks 'the file's size on disk, in bytes'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('import os\n',
     'import os\nimport shutil\n'),
    ('    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    return path, keras.models.load_model(path), shutil.disk_usage(path).used'),
]
