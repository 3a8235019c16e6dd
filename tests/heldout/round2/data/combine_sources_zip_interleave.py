"""Wrong: Mixed by zipping the two and flattening the pairs, which stops at the shorter source; breaks 'every example of both files appears exactly once'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '    return tf.data.Dataset.zip((first, second)).flat_map(\n        lambda a, b: tf.data.Dataset.from_tensors(a).concatenate(tf.data.Dataset.from_tensors(b)))'),
]
