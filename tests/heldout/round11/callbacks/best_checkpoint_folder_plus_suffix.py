"""Wrong: glues the suffix onto the folder's own name (folder + ".weights.h5"), so the file lands next to the folder; breaks 'writes only the weights (not the whole model) to a file inside `folder`'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")',
     '    path = str(folder) + ".weights.h5"'),
]
