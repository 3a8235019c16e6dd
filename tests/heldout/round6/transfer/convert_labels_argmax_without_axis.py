"""Wrong: one-hot rows to labels with labels.argmax() and no axis, which gives one flat index; breaks 'one-hot (N, k) -> integer labels (N,): the position of the 1 in each row'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('        return labels.argmax(axis=-1)',
     '        return labels.argmax()'),
]
