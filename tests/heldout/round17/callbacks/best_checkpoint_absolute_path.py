"""Right: joins the file name to os.path.abspath(folder): the same file inside the folder, written as an absolute path."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"

MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")',
     '    path = os.path.join(os.path.abspath(folder), "best.weights.h5")'),
]
