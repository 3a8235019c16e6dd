"""Right: adds .prefetch(tf.data.AUTOTUNE) to both slices (still unbatched pairs, in the split's order)."""

EXERCISE, VERDICT = "data.tfds_splits", "done"

MUTATE = [
    ('    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]\n    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)\n    return train, validation, info.features["label"].names, info.splits["train"].num_examples',
     '    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]\n    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)\n    train, validation = train.prefetch(AUTOTUNE), validation.prefetch(AUTOTUNE)\n    return train, validation, info.features["label"].names, info.splits["train"].num_examples'),
]
