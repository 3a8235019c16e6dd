"""Wrong: casts the integer labels with the old alias np.int, which NumPy no longer has; breaks 'integer labels (N,) -> one-hot (N, num_classes)'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    return keras.utils.to_categorical(labels.astype(np.int), num_classes)'),
]
