"""Wrong: With num_classes=None, used as many classes as there are labels (len(labels)); breaks 'with num_classes=None, as many classes as the largest label + 1'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ("""    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)""",
     """    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes or len(labels))"""),
]
