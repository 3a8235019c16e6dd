"""Wrong: Wrote checkpoint.weights.h5 in the working directory; breaks 'to a file inside folder'."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ('filepath=os.path.join(folder, "checkpoint.weights.h5")',
     'filepath="checkpoint.weights.h5"'),
]
