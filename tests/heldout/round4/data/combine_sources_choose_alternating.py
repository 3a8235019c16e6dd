"""Right: Mixes with Dataset.choose_from_datasets and a choice sequence that alternates the sources while both last, then finishes the longer one."""
EXERCISE, VERDICT = "data.combine_sources", "done"
MUTATE = [
    ("""    if not mixed:
        return first.concatenate(second)
    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)""",
     """    if not mixed:
        return first.concatenate(second)
    n_first, n_second = int(first.cardinality()), int(second.cardinality())
    both = min(n_first, n_second)
    order = [0, 1] * both + [0] * (n_first - both) + [1] * (n_second - both)
    choice = tf.data.Dataset.from_tensor_slices(tf.constant(order, dtype=tf.int64))
    return tf.data.Dataset.choose_from_datasets([first, second], choice)"""),
]
