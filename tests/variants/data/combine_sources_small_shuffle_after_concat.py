"""Wrong: Mixed by shuffling the concatenation with a small buffer (8), so the first batches are all CSV and the last all JSON; breaks 'mixed=True: the two sources mixed together, so that a batch sees both'."""
EXERCISE, VERDICT, SAYS = "data.combine_sources", "wrong", 'mixed from the first batch to the last'
MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '    return first.concatenate(second).shuffle(8)'),
]
