"""Right: builds the one-hot array by fancy-index assignment into zeros; argmax along axis 1 the other way."""
EXERCISE, VERDICT = "transfer.convert_labels", "done"
MUTATE = [
    ('''    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)''',
     '''    if labels.ndim == 2:
        return labels.argmax(axis=1)
    count = int(labels.max()) + 1 if num_classes is None else int(num_classes)
    one_hot = np.zeros((labels.shape[0], count), dtype="float32")
    one_hot[np.arange(labels.shape[0]), labels.astype(int)] = 1.0
    return one_hot'''),
]
