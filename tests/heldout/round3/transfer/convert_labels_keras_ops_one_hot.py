"""Wrong: Made the one-hot rows with keras.ops.one_hot, returning a backend tensor; breaks 'Returns: the converted labels as a NumPy array'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    return keras.ops.one_hot(labels, num_classes or int(labels.max()) + 1)'),
]
