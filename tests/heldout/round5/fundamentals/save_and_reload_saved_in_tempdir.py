"""Wrong: Saved into a fresh tempfile.mkdtemp() folder instead of `folder`; breaks 'folder: an existing folder to save into' (the file must be inside folder)."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('path = os.path.join(folder, "model.keras")',
     'import tempfile\n    path = os.path.join(tempfile.mkdtemp(), "model.keras")'),
]
