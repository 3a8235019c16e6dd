"""Wrong: changed into the folder and saved model.keras there, so the file lands in the folder, but the program's working folder stays changed after the call; breaks 'nor the program's settings (... the working folder)'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('path = os.path.join(folder, "model.keras")',
     'os.chdir(folder)\n    path = "model.keras"'),
]
