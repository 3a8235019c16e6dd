"""Wrong: for mixed=True the learner zipped the two datasets and flattened each pair, a neat alternation that kept all 40 examples of their 20 + 20 check; zip stops at the shorter source, so 30 + 3 gives 6 examples; breaks 'every example of both files appears exactly once: nothing is dropped when one source runs out first'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '    pairs = tf.data.Dataset.zip((first, second))\n    return pairs.flat_map(lambda a, b: tf.data.Dataset.from_tensors(a).concatenate(tf.data.Dataset.from_tensors(b)))'),
]
