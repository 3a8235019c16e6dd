"""Wrong: moves the file name into a module constant CHECKPOINT_FILE = "checkpoint.weights.h5" and passes it as the filepath, dropping the folder, so the weights land in the working folder; breaks 'to a file inside `folder`'."""

EXERCISE, VERDICT, SAYS = "transfer.checkpoint_and_restore", "wrong", "checkpoint file"

MUTATE = [
    ('BASES = {',
     'CHECKPOINT_FILE = "checkpoint.weights.h5"  # Keras 3: weights-only files end in .weights.h5\n\nBASES = {'),
    ('        filepath=os.path.join(folder, "checkpoint.weights.h5"),\n',
     '        filepath=CHECKPOINT_FILE,\n'),
]
