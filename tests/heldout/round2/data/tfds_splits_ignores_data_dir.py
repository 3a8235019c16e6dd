"""Wrong: Left out data_dir; breaks 'data_dir: the folder the data set lives in, passed through'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('(train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)',
     '(train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True)'),
]
