"""Wrong: loads the two slices from data_dir but reads the info from tfds.builder(name), which looks in the default folder; breaks 'data_dir: the folder the data set lives in, passed through'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)',
     '    train, validation = tfds.load(name, split=split, as_supervised=True, data_dir=data_dir)\n    info = tfds.builder(name).info'),
]
