"""Wrong: splits the whole train split by index modulo 100 (every example whose index % 100 is below the percent trains), like a strided K-fold; breaks 'train: the first train_percent % of the "train" split ... validation: the rest of it, in order'."""

EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "sizes of (train, validation), train_percent=70, a split of 1"

MUTATE = [
    ('split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]\n    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)',
     '(whole,), info = tfds.load(name, split=["train"], as_supervised=True, with_info=True, data_dir=data_dir)\n    numbered = whole.enumerate()\n    train = numbered.filter(lambda i, example: i % 100 < train_percent).map(lambda i, example: example)\n    validation = numbered.filter(lambda i, example: i % 100 >= train_percent).map(lambda i, example: example)'),
]
