"""Right: takes rows of a float32 identity matrix with np.take, and argmax back."""

EXERCISE, VERDICT = "transfer.convert_labels", "done"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    classes = num_classes if num_classes is not None else int(labels.max()) + 1\n    return np.take(np.eye(classes, dtype="float32"), labels, axis=0)'),
]
