"""Right: makes sure the folder exists with os.makedirs(folder, exist_ok=True) before building the same ModelCheckpoint (folder/best.weights.h5, val_loss, save_best_only, save_weights_only)."""

EXERCISE, VERDICT = 'callbacks.best_checkpoint', 'done'

MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")',
     '    os.makedirs(folder, exist_ok=True)\n    path = os.path.join(folder, "best.weights.h5")'),
]
