"""Wrong: returns the two slices through tfds.as_numpy, NumPy iterables rather than datasets; breaks 'both unbatched tf.data.Datasets of (image, label) pairs, as model.fit reads them, not dictionaries'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    ('    return train, validation, info.features["label"].names',
     '    return tfds.as_numpy(train), tfds.as_numpy(validation), info.features["label"].names'),
]
