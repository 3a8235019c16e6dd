"""Right: lets tempfile.mkstemp pick a unique .keras name inside the folder, then saves over that empty file."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"

MUTATE = [
    ('    path = os.path.join(folder, "model.keras")',
     '    import tempfile\n\n    handle, path = tempfile.mkstemp(suffix=".keras", dir=folder)\n    os.close(handle)'),
]
