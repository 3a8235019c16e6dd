"""Wrong: writes the path as "{folder}/best.weights.h5" without the f prefix; the checkpoint formats its filepath with the epoch and logs and fails on the unknown {folder} field, and the file could never be inside the folder; breaks 'to a file inside `folder`'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")',
     '    path = "{folder}/best.weights.h5"'),
]
