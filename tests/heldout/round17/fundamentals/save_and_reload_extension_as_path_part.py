"""Wrong: builds the path as os.path.join(folder, "model", ".keras"), a file named .keras inside a missing subfolder, so saving fails; breaks 'folder: an existing folder to save into'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('os.path.join(folder, "model.keras")',
     'os.path.join(folder, "model", ".keras")'),
]
