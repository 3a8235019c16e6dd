"""Wrong: num_classes or 10 (the MNIST habit), so with num_classes=None [2, 0, 4, 2] gets 10 columns; breaks 'with num_classes=None, as many classes as the largest label + 1'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    return keras.utils.to_categorical(labels, num_classes or 10)'),
]
