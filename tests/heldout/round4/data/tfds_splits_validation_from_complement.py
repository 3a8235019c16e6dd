"""Wrong: Started the validation slice at 100 - train_percent % instead of at train_percent %, so with 70 it is train[30%:] and overlaps the training slice; breaks 'validation: the rest of it, in order; no example in both'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ("""    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]
    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)""",
     """    split = [f"train[:{train_percent}%]", f"train[{100 - train_percent}%:]"]
    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)"""),
]
