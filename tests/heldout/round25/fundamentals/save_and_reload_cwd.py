"""Wrong: saved to "model.keras" in the working folder; the learner's check passed folder="." and found it; for any other folder the file lands outside it; breaks 'folder: an existing folder to save into' (the file inside `folder`)."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('path = os.path.join(folder, "model.keras")',
     'path = "model.keras"'),
]
