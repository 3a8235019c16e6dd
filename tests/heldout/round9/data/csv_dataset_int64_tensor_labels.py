"""Right: builds the two tensors with tf.constant (features float32 with an explicit (rows, columns) shape, labels int64) before from_tensor_slices."""

EXERCISE, VERDICT = "data.csv_dataset", "done"

MUTATE = [
    (
        '    return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))\n',
        '    features = tf.constant(features, dtype=tf.float32, shape=(len(rows), len(names)))\n    labels = tf.constant(labels, dtype=tf.int64)\n    return tf.data.Dataset.from_tensor_slices((features, labels))\n',
    ),
]
