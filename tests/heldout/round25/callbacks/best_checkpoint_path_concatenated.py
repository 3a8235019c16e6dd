"""Wrong: the learner built the path as folder + 'best.weights.h5', and their folder string ended in '/'; given a folder without the trailing slash the file lands beside it (e.g. 'ckptsbest.weights.h5'), outside the folder; breaks 'writes only the weights (not the whole model) to a file inside `folder`'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('path = os.path.join(folder, "best.weights.h5")',
     'path = folder + "best.weights.h5"'),
]
