"""Right: writes the file into a subfolder it lets ModelCheckpoint create, folder/checkpoints/best.weights.h5 (still inside folder)."""

EXERCISE, VERDICT, SAYS = "callbacks.best_checkpoint", "done", ''

MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")',
     '    path = os.path.join(folder, "checkpoints", "best.weights.h5")'),
]
