"""Right: one-hot by indexing np.identity(classes), integers back by the product of the one-hot rows with np.arange(k)."""

EXERCISE, VERDICT = "transfer.convert_labels", "done"

MUTATE = [
    ('''def convert_labels(labels, num_classes=None):
    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)
''',
     '''def convert_labels(labels, num_classes=None):
    labels = np.asarray(labels)
    if labels.ndim == 2:
        return (labels @ np.arange(labels.shape[1])).astype("int64")
    classes = int(labels.max()) + 1 if num_classes is None else num_classes
    return np.identity(classes, dtype="float32")[labels]
'''),
]
