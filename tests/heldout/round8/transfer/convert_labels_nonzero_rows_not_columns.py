"""Wrong: turns one-hot rows into labels with np.nonzero(labels)[0], the row indices, instead of [1], the columns; breaks 'one-hot (N, k) -> integer labels (N,): the position of the 1 in each row'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    (
        '        return labels.argmax(axis=-1)',
        '        return np.nonzero(labels)[0]',
    ),
]
