"""Wrong: one-hot to integers with keepdims=True, giving (N, 1); breaks 'one-hot (N, k) -> integer labels (N,)'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('        return labels.argmax(axis=-1)',
     '        return labels.argmax(axis=-1, keepdims=True)'),
]
