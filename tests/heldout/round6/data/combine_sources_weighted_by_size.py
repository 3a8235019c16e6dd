"""Right: samples the two sources with weights proportional to their sizes, without stopping when one runs out."""
EXERCISE, VERDICT = "data.combine_sources", "done"
MUTATE = [
    ('    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)',
     '''    sizes = [int(first.cardinality()), int(second.cardinality())]
    weights = [size / sum(sizes) for size in sizes]
    return tf.data.Dataset.sample_from_datasets([first, second], weights=weights, stop_on_empty_dataset=False)'''),
]
