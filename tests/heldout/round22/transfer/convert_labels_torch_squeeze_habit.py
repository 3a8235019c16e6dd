"""Wrong: ends with PyTorch's reflexive .squeeze(), so a single label comes back as a (k,) vector instead of (1, k); breaks 'integer labels (N,) -> one-hot (N, num_classes)'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    return keras.utils.to_categorical(labels, num_classes).squeeze()'),
]
