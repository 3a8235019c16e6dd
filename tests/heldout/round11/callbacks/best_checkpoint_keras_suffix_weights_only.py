"""Wrong: names the weights-only file best.keras (Keras 3 raises ValueError: weights-only paths must end in .weights.h5); breaks 'Keras 3 requires weights-only file names to end in .weights.h5'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")',
     '    path = os.path.join(folder, "best.keras")'),
]
