"""Wrong: calls os.makedirs(folder) first to be safe, without exist_ok=True, so the given folder, which already exists, raises FileExistsError; breaks 'folder: an existing folder to save into'."""

EXERCISE, VERDICT = 'fundamentals.save_and_reload', 'wrong'

MUTATE = [
    ('    path = os.path.join(folder, "model.keras")',
     '    os.makedirs(folder)\n    path = os.path.join(folder, "model.keras")'),
]
