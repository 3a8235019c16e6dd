"""Wrong: Turned one-hot rows back with max(axis=-1), which is 1 for every row; breaks 'one-hot (N, k) -> integer labels (N,): the position of the 1 in each row'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ("""    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)""",
     """    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.max(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)"""),
]
