"""Right: mixes with sample_from_datasets at explicit equal weights, no seed, leaving stop_on_empty_dataset at its default False; joins in order with Dataset.concatenate on the first."""

EXERCISE, VERDICT = "data.combine_sources", "done"

MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '    return tf.data.Dataset.sample_from_datasets([first, second], weights=[0.5, 0.5])'),
]
