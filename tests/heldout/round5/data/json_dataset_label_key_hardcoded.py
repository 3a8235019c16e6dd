"""Wrong: Read the label as record["label"] whatever label_name says; breaks 'its label is the value of `label_name`'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ('labels = [record[label_name] for record in records]\n    return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))',
     'labels = [record["label"] for record in records]\n    return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))'),
]
