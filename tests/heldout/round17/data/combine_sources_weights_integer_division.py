"""Wrong: weights the mixed sources by size with integer division, len(first) // total, which makes both weights 0 and the mixed dataset empty; breaks 'every example of both files appears exactly once'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    ('return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     'total = len(first) + len(second)\n    return tf.data.Dataset.sample_from_datasets([first, second], weights=[len(first) // total, len(second) // total],\n                                                seed=0, stop_on_empty_dataset=False)'),
]
