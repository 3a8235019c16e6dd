"""Wrong: decides the direction by the values (only 0s and 1s means one-hot), so integer labels [0, 1, 1, 0] are read as one-hot; breaks 'Which way to go is told by the labels' shape, not by num_classes'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ("""    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)""",
     """    labels = np.asarray(labels)
    if set(np.unique(labels).tolist()) <= {0, 1}:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)"""),
]
