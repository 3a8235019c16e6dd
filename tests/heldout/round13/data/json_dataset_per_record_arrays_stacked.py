"""Right: builds one float32 vector per record with np.fromiter over feature_names and stacks them; labels as int64."""

EXERCISE, VERDICT = "data.json_dataset", "done"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]\n    labels = [record[label_name] for record in records]\n    return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))',
     '    vectors = [np.fromiter((record[name] for name in feature_names), dtype=np.float32, count=len(feature_names))\n               for record in records]\n    features = np.stack(vectors) if vectors else np.zeros((0, len(feature_names)), np.float32)\n    labels = np.array([int(record[label_name]) for record in records], dtype=np.int64)\n    return tf.data.Dataset.from_tensor_slices((features, labels))'),
]
