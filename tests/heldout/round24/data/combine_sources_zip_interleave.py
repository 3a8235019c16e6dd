"""Wrong: for the mixed case the learner zipped the two sources and flattened each pair, CSV then JSON, thinking this alternation is a fair mix; zip stops at the shorter source, so with 30 + 3 examples 27 CSV examples vanish, which breaks 'every example of both files appears exactly once: nothing is dropped when one source runs out first'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '    pairs = tf.data.Dataset.zip((first, second))\n'
     '    return pairs.flat_map(lambda a, b: tf.data.Dataset.from_tensors(a).concatenate(tf.data.Dataset.from_tensors(b)))'),
]
