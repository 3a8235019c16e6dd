"""Right: makes the tensors with tf.constant(features, dtype=tf.float32) and tf.constant(labels, dtype=tf.int64) (an int64 label is allowed)."""

EXERCISE, VERDICT = "data.json_dataset", "done"

MUTATE = [
    (
        '        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))\n',
        '        (tf.constant(features, dtype=tf.float32), tf.constant(labels, dtype=tf.int64)))\n',
    ),
]
