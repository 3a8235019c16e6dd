"""Right: both sources are put into a dataset of datasets (Dataset.from_tensors of each, concatenated); joined in order it is flat_map, the CSV's examples then the JSON's; mixed it is interleave with a cycle of 2, one example from each in turn, and interleave goes on with the other source once one runs out, so every example of both files comes exactly once."""

EXERCISE, VERDICT = "data.combine_sources", "done"

MUTATE = [
    ('''    first = csv_dataset(csv_path, label_name)
    second = json_dataset(json_path, feature_names, label_name)
    if not mixed:
        return first.concatenate(second)
    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)''',
     '''    sources = tf.data.Dataset.from_tensors(csv_dataset(csv_path, label_name)).concatenate(
        tf.data.Dataset.from_tensors(json_dataset(json_path, feature_names, label_name)))
    if mixed:
        return sources.interleave(lambda source: source, cycle_length=2, block_length=1)
    return sources.flat_map(lambda source: source)'''),
]
