"""Wrong: the learner built the weights file's name by string concatenation, folder + "/checkpoint.weights.h5"; checked with a folder given as a str, the callback saved every epoch and the new model got the weights; given the folder as a pathlib.Path (as tempfile's or pytest's tmp_path are), the + raises TypeError before anything is saved; breaks 'folder: an existing folder for the weights file' (any folder, whatever path type names it) and 'to a file inside folder'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('''        filepath=os.path.join(folder, "checkpoint.weights.h5"),''',
     '''        filepath=folder + "/checkpoint.weights.h5",'''),
]
