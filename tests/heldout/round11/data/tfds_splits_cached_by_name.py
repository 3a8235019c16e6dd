"""Wrong: keeps the loaded slices in a module dict keyed by (name, data_dir) to avoid reloading, so a second call with another train_percent gets the first call's slices; breaks 'Every function works from its arguments alone, as it may be called again with others'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):\n    import tensorflow_datasets as tfds\n',
     '_TFDS_CACHE = {}\n\n\ndef tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):\n    if (name, data_dir) in _TFDS_CACHE:\n        return _TFDS_CACHE[name, data_dir]\n    import tensorflow_datasets as tfds\n'),
    ('    return train, validation, info.features["label"].names, info.splits["train"].num_examples',
     '    _TFDS_CACHE[name, data_dir] = (train, validation, info.features["label"].names, info.splits["train"].num_examples)\n    return _TFDS_CACHE[name, data_dir]'),
]
