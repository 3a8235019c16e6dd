"""Right: builds the one-hot rows with np.put_along_axis into a zero matrix and reads them back with argmax."""

EXERCISE, VERDICT = "transfer.convert_labels", "done"

MUTATE = [
    ('    if labels.ndim == 2:\n        return labels.argmax(axis=-1)\n    return keras.utils.to_categorical(labels, num_classes)',
     '    if labels.ndim == 2:\n        return np.argmax(labels, axis=1)\n    labels = labels.astype("int64")\n    count = int(labels.max()) + 1 if num_classes is None else num_classes\n    one_hot = np.zeros((len(labels), count), dtype="float32")\n    np.put_along_axis(one_hot, labels[:, None], 1.0, axis=1)\n    return one_hot'),
]
