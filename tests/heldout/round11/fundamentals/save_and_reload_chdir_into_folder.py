"""Wrong: changes the process's working directory into `folder` and returns the relative path "model.keras"; breaks '(path, reloaded_model, size_in_bytes): where the file is'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('    path = os.path.join(folder, "model.keras")',
     '    os.chdir(folder)\n    path = "model.keras"'),
]
