"""Wrong: joins "/model.keras" with a leading slash, so os.path.join drops folder and the model is written to /model.keras at the root; breaks 'folder: an existing folder to save into'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    (
        '    path = os.path.join(folder, "model.keras")\n',
        '    path = os.path.join(folder, "/model.keras")\n',
    ),
]
