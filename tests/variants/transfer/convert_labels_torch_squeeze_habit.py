"""Wrong: ends with PyTorch's reflexive .squeeze(), so a single label comes back as a (k,) vector instead of (1, k); breaks 'integer labels (N,) -> one-hot (N, num_classes)'."""

EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "wrong", "one-hot shape of 1 labels with num_classes=2"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    return keras.utils.to_categorical(labels, num_classes).squeeze()'),
]
