"""Wrong: returns the positions from one-hot rows as floats (argmax cast to float32, like the one-hot rows); breaks 'one-hot (N, k) -> integer labels (N,): the position of the 1 in each row'."""

EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "wrong", 'an integer dtype'

MUTATE = [
    ('        return labels.argmax(axis=-1)',
     '        return labels.argmax(axis=-1).astype("float32")'),
]
