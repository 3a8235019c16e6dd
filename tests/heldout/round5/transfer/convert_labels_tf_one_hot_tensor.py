"""Wrong: Encoded with tf.one_hot and returned the tensor; breaks 'Returns: the converted labels as a NumPy array'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('def convert_labels(labels, num_classes=None):\n    labels = np.asarray(labels)\n    if labels.ndim == 2:\n        return labels.argmax(axis=-1)\n    return keras.utils.to_categorical(labels, num_classes)',
     'def convert_labels(labels, num_classes=None):\n    labels = np.asarray(labels)\n    if labels.ndim == 2:\n        return labels.argmax(axis=-1)\n    return tf.one_hot(labels, num_classes or int(labels.max()) + 1)'),
]
