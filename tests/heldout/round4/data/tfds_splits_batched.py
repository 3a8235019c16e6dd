"""Wrong: Passed batch_size=32 to tfds.load, so both slices come batched; breaks 'both unbatched tf.data.Datasets of (image, label) pairs'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ("""    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]
    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)""",
     """    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]
    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir,
                                          batch_size=32)"""),
]
