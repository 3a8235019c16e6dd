"""Wrong: trims the folder with str.rstrip before adding the file name, which fails for a pathlib.Path folder; breaks 'writes only the weights ... to a file inside `folder`'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")',
     '    path = folder.rstrip("/\\\\") + os.sep + "best.weights.h5"'),
]
