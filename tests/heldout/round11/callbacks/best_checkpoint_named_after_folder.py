"""Right: names the weights file after the folder itself (<folder>/<folder name>.weights.h5)."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"

MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")',
     '    path = os.path.join(folder, os.path.basename(os.path.normpath(folder)) + ".weights.h5")'),
]
