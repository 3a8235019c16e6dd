"""Right: one-hot encodes with tf.one_hot(labels, depth).numpy(), depth being num_classes or the largest label + 1."""

EXERCISE, VERDICT = "transfer.convert_labels", "done"

MUTATE = [
    (
        '    return keras.utils.to_categorical(labels, num_classes)\n',
        '    depth = num_classes if num_classes is not None else int(labels.max()) + 1\n    return tf.one_hot(labels, depth).numpy()\n',
    ),
]
