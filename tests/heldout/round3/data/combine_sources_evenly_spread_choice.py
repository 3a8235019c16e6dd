"""Right: Mixes with choose_from_datasets and a choice sequence that spreads each source's examples evenly over the whole run."""
EXERCISE, VERDICT = "data.combine_sources", "done"
MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '''    n_first, n_second = int(first.cardinality()), int(second.cardinality())
    positions = np.concatenate([(np.arange(n_first) + 0.5) / n_first, (np.arange(n_second) + 0.25) / max(n_second, 1)])
    sources = np.concatenate([np.zeros(n_first, "int64"), np.ones(n_second, "int64")])
    choices = tf.data.Dataset.from_tensor_slices(sources[np.argsort(positions, kind="stable")])
    return tf.data.Dataset.choose_from_datasets([first, second], choices)'''),
]
