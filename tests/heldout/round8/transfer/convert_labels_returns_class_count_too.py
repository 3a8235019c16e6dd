"""Wrong: returns (one_hot, num_classes) for integer labels, to pass the class count on; breaks 'Returns: the converted labels as a NumPy array'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    (
        '    return keras.utils.to_categorical(labels, num_classes)',
        '    num_classes = num_classes or int(labels.max()) + 1\n    return keras.utils.to_categorical(labels, num_classes), num_classes',
    ),
]
