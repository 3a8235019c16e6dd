"""Wrong: Returned the converted labels with .tolist(); breaks 'Returns: the converted labels as a NumPy array'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('''    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)''',
     '''    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1).tolist()
    return keras.utils.to_categorical(labels, num_classes).tolist()'''),
]
