"""Wrong: Built the path as folder + "model.keras" with no separator, so the file lands next to the folder; breaks 'The grader checks the file is inside `folder`'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('    path = os.path.join(folder, "model.keras")',
     '    path = folder + "model.keras"'),
]
