"""Wrong: for mixed=True weights sample_from_datasets by the sources' sizes as integers, weights=[len(first), len(second)], which tf.data refuses (weights must be float32 or float64), so the mixed join raises TypeError; breaks 'mixed=True: the two sources mixed together'."""

EXERCISE, VERDICT = 'data.combine_sources', 'wrong'

MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '    return tf.data.Dataset.sample_from_datasets([first, second], weights=[len(first), len(second)], seed=0,\n                                                stop_on_empty_dataset=False)'),
]
