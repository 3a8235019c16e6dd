"""Wrong: writes the file path as "{folder}/checkpoint.weights.h5" without the f prefix; ModelCheckpoint formats its filepath with the epoch and logs and fails on the unknown {folder} field at the first epoch end; breaks 'writes only the weights, at the end of every epoch (not only the best one), to a file inside `folder`'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('        filepath=os.path.join(folder, "checkpoint.weights.h5"),',
     '        filepath="{folder}/checkpoint.weights.h5",'),
]
