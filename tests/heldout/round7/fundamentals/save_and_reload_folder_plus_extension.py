"""Wrong: names the file after the folder (folder + '.keras'), which puts it beside the folder, not in it; breaks 'folder: an existing folder to save into' / 'The grader checks the file is inside `folder`'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('    path = os.path.join(folder, "model.keras")',
     '    path = str(folder).rstrip(os.sep) + ".keras"'),
]
