"""Right: for mixed=True concatenates the two sources and shuffles with a fixed buffer of 10,000, more than both files hold here, so every example appears once and batches see both."""

EXERCISE, VERDICT = 'data.combine_sources', 'done'

MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '    return first.concatenate(second).shuffle(10_000, seed=0)'),
]
