"""Wrong: loads with batch_size=-1 (the tfds docs' way to get a split 'as a whole'), which gives each slice as tensors of every example instead of a dataset of pairs; breaks 'both unbatched tf.data.Datasets of (image, label) pairs'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('as_supervised=True, with_info=True, data_dir=data_dir)',
     'as_supervised=True, with_info=True, data_dir=data_dir,\n                                          batch_size=-1)'),
]
