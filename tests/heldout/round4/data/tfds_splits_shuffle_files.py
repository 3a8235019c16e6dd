"""Wrong: Passed shuffle_files=True (the tfds guide's training habit), so the slices no longer come in the split's order; breaks 'train: the first train_percent % of the "train" split, in the split's order'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ("""    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]
    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)""",
     """    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]
    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir,
                                          shuffle_files=True)"""),
]
