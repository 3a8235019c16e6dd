"""Wrong: Glued folder + 'best.weights.h5' without a separator, so the file lands next to the folder; breaks 'writes only the weights ... to a file inside `folder`'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('path = os.path.join(folder, "best.weights.h5")',
     'path = folder + "best.weights.h5"'),
]
