"""Wrong: Read the label from the key "label" whatever label_name says; breaks 'its label is the value of `label_name`'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ('''    labels = [record[label_name] for record in records]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32")''',
     '''    labels = [record["label"] for record in records]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32")'''),
]
