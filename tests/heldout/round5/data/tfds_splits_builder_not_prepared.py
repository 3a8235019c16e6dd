"""Wrong: Used tfds.builder(...).as_dataset without download_and_prepare; breaks 'a data set not there yet is downloaded and prepared, as at home'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)',
     '    builder = tfds.builder(name, data_dir=data_dir)\n    info = builder.info\n    train, validation = builder.as_dataset(split=split, as_supervised=True)'),
]
