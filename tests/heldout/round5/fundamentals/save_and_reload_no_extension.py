"""Wrong: Saved to folder/model with no extension, the old SavedModel habit; breaks 'Keras 3 writes whole models to one `.keras` file ... a folder is refused'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('path = os.path.join(folder, "model.keras")',
     'path = os.path.join(folder, "model")'),
]
