"""Wrong: alternates zipped pairs, then appends the rest of both sources skipped by the longer length, which skips the longer one's leftovers; breaks 'every example of both files appears exactly once'."""

EXERCISE, VERDICT, SAYS = "data.combine_sources", "wrong", "mixed dataset"

MUTATE = [
    ('return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     'longer = int(max(first.cardinality(), second.cardinality()))\n    pairs = tf.data.Dataset.zip((first, second)).flat_map(\n        lambda a, b: tf.data.Dataset.from_tensors(a).concatenate(tf.data.Dataset.from_tensors(b)))\n    return pairs.concatenate(first.skip(longer)).concatenate(second.skip(longer))'),
]
