"""Wrong: mixes with choose_from_datasets over a choice list of parities (0, 1, 0, 1, ... as long as both files), skipping an exhausted source, so when one file is much shorter many of the longer file's examples are never chosen; breaks 'nothing is dropped when one source runs out first'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '    total = first.cardinality() + second.cardinality()\n    choice = tf.data.Dataset.range(total).map(lambda i: i % 2)\n    return tf.data.Dataset.choose_from_datasets([first, second], choice, stop_on_empty_dataset=False)'),
]
