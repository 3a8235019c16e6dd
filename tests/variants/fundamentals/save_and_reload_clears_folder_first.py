"""Wrong: empties the folder first (shutil.rmtree, then makedirs) to start clean, deleting the caller's other files in it; breaks 'folder: an existing folder to save into'."""
EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "wrong", 'never empty or remove'

MUTATE = [
    ('    path = os.path.join(folder, "model.keras")\n',
     '    import shutil\n\n    shutil.rmtree(folder)\n    os.makedirs(folder)\n    path = os.path.join(folder, "model.keras")\n'),
]
