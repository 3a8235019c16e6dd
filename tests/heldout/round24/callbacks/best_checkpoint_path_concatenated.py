"""Wrong: the learner built the path as folder + "best.weights.h5", thinking a folder name ends with its slash; for a folder given without the trailing separator the file lands next to the folder (…/ckptbest.weights.h5), not in it, which breaks 'writes only the weights (not the whole model) to a file inside `folder`'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('path = os.path.join(folder, "best.weights.h5")',
     'path = folder + "best.weights.h5"'),
]
