"""Wrong: joins a file name written with a leading slash, and os.path.join then drops folder: the weights go to /best.weights.h5 at the root of the disk; breaks 'writes only the weights (not the whole model) to a file inside `folder`'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    (
        '    path = os.path.join(folder, "best.weights.h5")\n',
        '    path = os.path.join(folder, "/best.weights.h5")\n',
    ),
]
