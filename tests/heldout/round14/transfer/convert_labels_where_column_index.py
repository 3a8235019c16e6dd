"""Right: one-hot to integers with np.where(labels == 1)[1], the column of the single 1 in each row, in row order; the other direction is the reference's."""

EXERCISE, VERDICT = "transfer.convert_labels", "done"

MUTATE = [
    ('        return labels.argmax(axis=-1)\n',
     '        return np.where(labels == 1)[1]\n'),
]
