"""Wrong: creates the folder with os.makedirs(folder) first, which raises FileExistsError for the existing folder it is given; breaks 'a keras.callbacks.ModelCheckpoint that writes only the weights (not the whole model) to a file inside `folder`'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")\n',
     '    os.makedirs(folder)\n    path = os.path.join(folder, "best.weights.h5")\n'),
]
