"""Right: one-hot built by comparing the labels with np.arange(depth) through broadcasting; argmax over axis 1 the other way."""
EXERCISE, VERDICT = "transfer.convert_labels", "done"
MUTATE = [
    ("""    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)""",
     """    labels = np.asarray(labels)
    if labels.ndim == 2:
        return np.argmax(labels, axis=1)
    depth = int(labels.max()) + 1 if num_classes is None else num_classes
    return (labels[:, None] == np.arange(depth)).astype("float32")"""),
]
