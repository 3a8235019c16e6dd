"""Right: Mixes by shuffling the concatenation with a buffer as large as both sources together (every example can land anywhere)."""
EXERCISE, VERDICT = "data.combine_sources", "done"
MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '''    total = int(first.cardinality()) + int(second.cardinality())
    return first.concatenate(second).shuffle(buffer_size=max(total, 1))'''),
]
