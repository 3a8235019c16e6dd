"""Wrong: the learner told one-hot labels by their values, only 0s and 1s, and integer labels by anything else; checked on [2, 0, 4, 2] (to one-hot) and on one-hot rows (back to integers) both ways were right; but integer labels of two classes, such as [0, 1, 1, 0], hold only 0s and 1s too: they are taken for one-hot, and argmax over the last axis of a 1-D array returns one integer (1) instead of a (4, 2) one-hot array; breaks 'Which way to go is told by the labels' shape, not by num_classes' and 'integer labels (N,) -> one-hot (N, num_classes)'."""

EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "wrong", 'a single int64'

MUTATE = [
    ('''    if labels.ndim == 2:
        return labels.argmax(axis=-1)''',
     '''    if np.isin(labels, [0, 1]).all():  # only 0s and 1s: one-hot rows
        return labels.argmax(axis=-1)'''),
]
