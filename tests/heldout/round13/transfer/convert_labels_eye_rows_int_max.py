"""Right: indexes an identity matrix by the labels, with int(labels.max()) + 1 rows when num_classes is None, and np.argmax over axis 1 the other way."""

EXERCISE, VERDICT = "transfer.convert_labels", "done"

MUTATE = [
    ('    labels = np.asarray(labels)\n    if labels.ndim == 2:\n        return labels.argmax(axis=-1)\n    return keras.utils.to_categorical(labels, num_classes)',
     '    labels = np.asarray(labels)\n    if labels.ndim == 2:\n        return np.argmax(labels, axis=1)\n    count = int(labels.max()) + 1 if num_classes is None else num_classes\n    return np.eye(count, dtype="float32")[labels.astype(int)]'),
]
