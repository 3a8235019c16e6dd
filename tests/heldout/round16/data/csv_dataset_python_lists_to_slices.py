"""Right: hands the Python lists straight to from_tensor_slices((features, labels)); lists of Python floats become float32 vectors and lists of ints become int32 scalars."""

EXERCISE, VERDICT = 'data.csv_dataset', 'done'

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))',
     '    return tf.data.Dataset.from_tensor_slices((features, labels))'),
]
