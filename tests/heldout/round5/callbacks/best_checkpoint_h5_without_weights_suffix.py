"""Wrong: Named the weights file best.h5; breaks 'Keras 3 requires weights-only file names to end in .weights.h5'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('path = os.path.join(folder, "best.weights.h5")',
     'path = os.path.join(folder, "best.h5")'),
]
