"""Wrong: Wrote best.weights.h5 in the working directory; breaks 'to a file inside folder'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('path = os.path.join(folder, "best.weights.h5")',
     'path = "best.weights.h5"'),
]
