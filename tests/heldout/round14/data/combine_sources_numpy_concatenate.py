"""Right: for mixed=False reads both datasets out to NumPy, concatenates CSV then JSON features and labels, and makes one dataset with from_tensor_slices: the same examples in the same order."""

EXERCISE, VERDICT = "data.combine_sources", "done"

MUTATE = [
    ('        return first.concatenate(second)\n',
     '        parts = [list(source.as_numpy_iterator()) for source in (first, second)]\n        features = np.concatenate([np.stack([f for f, _ in part]) for part in parts])\n        labels = np.concatenate([np.array([l for _, l in part]) for part in parts])\n        return tf.data.Dataset.from_tensor_slices((features, labels))\n'),
]
