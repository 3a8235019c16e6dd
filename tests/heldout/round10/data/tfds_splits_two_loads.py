"""Right: loads the two slices in two tfds.load calls, taking the info from the first."""

EXERCISE, VERDICT = "data.tfds_splits", "done"

MUTATE = [
    ('    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]\n    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)',
     '    train, info = tfds.load(name, split=f"train[:{train_percent}%]", as_supervised=True, with_info=True,\n                            data_dir=data_dir)\n    validation = tfds.load(name, split=f"train[{train_percent}%:]", as_supervised=True, data_dir=data_dir)'),
]
