"""Wrong: mixes by zipping the two sources in turns, then appends what is left of the CSV only (assuming the CSV is the longer); breaks 'nothing is dropped when one source runs out first'."""
EXERCISE, VERDICT, SAYS = "data.combine_sources", "wrong", '33 examples'
MUTATE = [("    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)",
           """    pairs = tf.data.Dataset.zip(first, second).flat_map(
        lambda a, b: tf.data.Dataset.from_tensors(a).concatenate(tf.data.Dataset.from_tensors(b)))
    return pairs.concatenate(first.skip(second.cardinality()))""")]
