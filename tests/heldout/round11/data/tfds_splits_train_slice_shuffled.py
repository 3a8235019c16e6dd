"""Wrong: shuffles the training slice after loading it; breaks 'train: the first train_percent % of the "train" split, in the split's order'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]\n    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)\n    return train, validation, info.features["label"].names, info.splits["train"].num_examples',
     '    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]\n    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)\n    train = train.shuffle(1000)\n    return train, validation, info.features["label"].names, info.splits["train"].num_examples'),
]
