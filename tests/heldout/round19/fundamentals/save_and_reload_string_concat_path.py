"""Wrong: joins the file name with folder + '/model.keras', which only works for a str folder (a pathlib.Path raises TypeError); breaks 'folder: an existing folder to save into'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('    path = os.path.join(folder, "model.keras")',
     '    path = folder + "/model.keras"'),
]
