"""Right: builds the file path with an f-string and a slash, f"{folder}/checkpoint.weights.h5"."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "done"

MUTATE = [
    ('        filepath=os.path.join(folder, "checkpoint.weights.h5"),',
     '        filepath=f"{folder}/checkpoint.weights.h5",'),
]
