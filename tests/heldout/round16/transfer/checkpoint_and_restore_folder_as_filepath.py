"""Wrong: gave ModelCheckpoint the folder itself as its filepath (the TF2 tutorials' checkpoint_dir habit), which Keras 3 refuses for weights-only saving (ValueError); breaks 'writes only the weights ... to a file inside `folder`'."""

EXERCISE, VERDICT = 'transfer.checkpoint_and_restore', 'wrong'

MUTATE = [
    ('filepath=os.path.join(folder, "checkpoint.weights.h5")',
     'filepath=folder'),
]
