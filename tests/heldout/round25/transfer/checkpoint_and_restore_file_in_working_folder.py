"""Wrong: the learner named the file "checkpoint.weights.h5" with no folder, as note 001's checkpoint_path is a bare name, and the restore worked from where they ran it; the file lands in the working folder, not in the folder given (and two calls overwrite each other's file); breaks 'to a file inside `folder`'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('        filepath=os.path.join(folder, "checkpoint.weights.h5"),',
     '        filepath="checkpoint.weights.h5",'),
]
