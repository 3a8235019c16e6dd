"""Right: Mixes with choose_from_datasets over a shuffled list of source indices, one per example, so both run out together."""
EXERCISE, VERDICT = "data.combine_sources", "done"
MUTATE = [
    ('return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     'n_first, n_second = len(list(first)), len(list(second))\n    order = np.array([0] * n_first + [1] * n_second, dtype=np.int64)\n    np.random.default_rng(0).shuffle(order)\n    return tf.data.Dataset.choose_from_datasets([first, second], tf.data.Dataset.from_tensor_slices(order))'),
]
