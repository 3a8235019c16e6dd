"""Wrong: Named the file checkpoint.ckpt as note 001 does; breaks 'Keras 3 requires weights-only file names to end in .weights.h5'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('"best.weights.h5"',
     '"checkpoint.ckpt"'),
]
