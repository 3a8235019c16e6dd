"""Right: mixes with choose_from_datasets([first, second], Dataset.range(2).repeat(), stop_on_empty_dataset=False): it alternates and, when one source runs out, carries on with the other, so every example appears once."""

EXERCISE, VERDICT = "data.combine_sources", "done"

MUTATE = [
    ('return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     'return tf.data.Dataset.choose_from_datasets([first, second], tf.data.Dataset.range(2).repeat(),\n                                                stop_on_empty_dataset=False)'),
]
