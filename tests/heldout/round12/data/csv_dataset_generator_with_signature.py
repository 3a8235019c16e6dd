"""Right: yields the examples from a Python generator with an explicit output_signature."""

EXERCISE, VERDICT = "data.csv_dataset", "done"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))',
     '    def examples():\n        for vector, label in zip(features, labels):\n            yield np.array(vector, dtype="float32"), np.int64(label)\n\n    return tf.data.Dataset.from_generator(examples, output_signature=(\n        tf.TensorSpec(shape=(len(names),), dtype=tf.float32), tf.TensorSpec(shape=(), dtype=tf.int64)))'),
]
