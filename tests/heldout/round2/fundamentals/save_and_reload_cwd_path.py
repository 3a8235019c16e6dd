"""Wrong: Saved to 'model.keras' in the working directory, ignoring folder; breaks 'the file is inside folder'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('path = os.path.join(folder, "model.keras")',
     'path = "model.keras"'),
]
