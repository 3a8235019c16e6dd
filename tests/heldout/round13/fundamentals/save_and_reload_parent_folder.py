"""Wrong: saves next to the folder rather than in it, os.path.join(folder, os.pardir, "model.keras"), meaning to keep the folder clean; breaks 'The grader checks the file is inside `folder` and ends in .keras'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('    path = os.path.join(folder, "model.keras")',
     '    path = os.path.normpath(os.path.join(folder, os.pardir, "model.keras"))'),
]
