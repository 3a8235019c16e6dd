"""Wrong: Passed download=False to stay offline, so a data set not yet in data_dir is never prepared; breaks 'a data set not there yet is downloaded and prepared, as at home'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)',
     '''    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir,
                                          download=False)'''),
]
