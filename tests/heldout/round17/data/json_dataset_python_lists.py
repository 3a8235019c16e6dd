"""Right: hands from_tensor_slices the Python lists (lists of floats and ints), which TensorFlow turns into float32 features and int32 labels."""

EXERCISE, VERDICT = "data.json_dataset", "done"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))\n\n\ndef combine_sources',
     '    features = [[float(value) for value in row] for row in features]\n    return tf.data.Dataset.from_tensor_slices((features, [int(label) for label in labels]))\n\n\ndef combine_sources'),
]
