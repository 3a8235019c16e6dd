"""Wrong: numbers the classes from 1 when reading one-hot rows back (argmax + 1); breaks 'one-hot (N, k) -> integer labels (N,): the position of the 1 in each row'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('        return labels.argmax(axis=-1)',
     '        return labels.argmax(axis=-1) + 1'),
]
