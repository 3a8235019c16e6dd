"""Right: Indexes np.eye(k) by the labels (k = num_classes or the largest label + 1), and turns one-hot rows back with a weighted sum against np.arange(k)."""
EXERCISE, VERDICT = "transfer.convert_labels", "done"
MUTATE = [
    ("""    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)""",
     """    labels = np.asarray(labels)
    if labels.ndim == 2:
        return (labels * np.arange(labels.shape[1])).sum(axis=1).round().astype(np.int64)
    k = int(labels.max()) + 1 if num_classes is None else num_classes
    return np.eye(k, dtype=np.float32)[labels.astype(np.int64)]"""),
]
