"""Wrong: loads the two slices with two tfds.load calls and forgets data_dir in the second, so the validation slice is looked for (and prepared) in the default folder; breaks 'data_dir: the folder the data set lives in, passed through'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]\n    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)\n',
     '    train, info = tfds.load(name, split=f"train[:{train_percent}%]", as_supervised=True, with_info=True,\n                            data_dir=data_dir)\n    validation = tfds.load(name, split=f"train[{train_percent}%:]", as_supervised=True)\n'),
]
