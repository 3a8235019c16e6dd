"""Wrong: the learner gave ModelCheckpoint the bare name "checkpoint.weights.h5", as the note gives "checkpoint.ckpt", without joining it to folder; it saves and restores fine, but into the working folder; breaks 'writes only the weights, at the end of every epoch (not only the best one), to a file inside `folder`'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('        filepath=os.path.join(folder, "checkpoint.weights.h5"),',
     '        filepath="checkpoint.weights.h5",'),
]
