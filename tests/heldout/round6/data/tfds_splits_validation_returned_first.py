"""Wrong: unpacks the two slices in the order (validation, train) while the split list is [train, rest]; breaks 'train: the first train_percent % of the "train" split'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('    (train, validation), info = tfds.load(',
     '    (validation, train), info = tfds.load('),
]
