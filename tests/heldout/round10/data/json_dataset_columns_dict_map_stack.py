"""Right: slices a dict of columns with the labels, then stacks the columns in feature_names order in a map."""

EXERCISE, VERDICT = "data.json_dataset", "done"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]\n    labels = [record[label_name] for record in records]\n    return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))',
     '    columns = {name: np.array([record[name] for record in records], dtype="float32") for name in feature_names}\n    labels = np.array([int(record[label_name]) for record in records], dtype="int64")\n    dataset = tf.data.Dataset.from_tensor_slices((columns, labels))\n    return dataset.map(lambda cols, label: (tf.stack([cols[name] for name in feature_names]), label))'),
]
