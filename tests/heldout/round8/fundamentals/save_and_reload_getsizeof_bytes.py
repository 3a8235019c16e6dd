"""Wrong: measures the file with sys.getsizeof of its bytes, which adds the bytes object's own overhead (33 bytes); breaks 'the file's size on disk, in bytes'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    (
        'import os\n\nimport keras',
        'import os\nimport sys\n\nimport keras',
    ),
    (
        '    return path, keras.models.load_model(path), os.path.getsize(path)',
        '    with open(path, "rb") as file:\n        size = sys.getsizeof(file.read())\n    return path, keras.models.load_model(path), size',
    ),
]
