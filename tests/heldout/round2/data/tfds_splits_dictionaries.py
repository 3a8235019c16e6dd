"""Wrong: Loaded without as_supervised=True, so examples are dictionaries; breaks 'unbatched tf.data.Datasets of (image, label) pairs ... not dictionaries'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('(train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)',
     '(train, validation), info = tfds.load(name, split=split, with_info=True, data_dir=data_dir)'),
]
