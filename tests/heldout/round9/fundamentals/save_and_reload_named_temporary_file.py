"""Right: gets a fresh file name inside folder from tempfile.NamedTemporaryFile(dir=folder, suffix=".keras", delete=False) and saves over it."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"

MUTATE = [
    (
        'import os\n',
        'import os\nimport tempfile\n',
    ),
    (
        '    path = os.path.join(folder, "model.keras")\n',
        '    with tempfile.NamedTemporaryFile(dir=folder, suffix=".keras", delete=False) as handle:\n        path = handle.name\n',
    ),
]
