"""Right: reads both sources to NumPy and, when mixed, alternates them example by example (itertools.zip_longest), the longer source's rest at the end."""
EXERCISE, VERDICT = "data.combine_sources", "done"
MUTATE = [
    ("""    first = csv_dataset(csv_path, label_name)
    second = json_dataset(json_path, feature_names, label_name)
    if not mixed:
        return first.concatenate(second)
    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)""",
     """    import itertools

    first = list(csv_dataset(csv_path, label_name).as_numpy_iterator())
    second = list(json_dataset(json_path, feature_names, label_name).as_numpy_iterator())
    if mixed:
        examples = [example for pair in itertools.zip_longest(first, second) for example in pair if example is not None]
    else:
        examples = first + second
    features = np.stack([features for features, _ in examples]).astype("float32")
    labels = np.array([label for _, label in examples], dtype="int32")
    return tf.data.Dataset.from_tensor_slices((features, labels))"""),
]
