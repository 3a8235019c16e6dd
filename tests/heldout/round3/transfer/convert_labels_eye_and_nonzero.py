"""Right: One-hot rows picked from np.eye, integer labels read with np.nonzero's column indices."""
EXERCISE, VERDICT = "transfer.convert_labels", "done"
MUTATE = [
    ('''    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)''',
     '''    labels = np.asarray(labels)
    if labels.ndim == 2:
        return np.nonzero(labels)[1]
    count = num_classes if num_classes is not None else int(labels.max()) + 1
    return np.eye(count, dtype="float32")[labels.astype(int)]'''),
]
