"""Wrong: squeezes the labels before looking at their shape, so a single one-hot row (1, k) is taken for k integer labels; breaks 'one-hot (N, k) -> integer labels (N,): the position of the 1 in each row'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('    labels = np.asarray(labels)\n    if labels.ndim == 2:',
     '    labels = np.squeeze(np.asarray(labels))\n    if labels.ndim == 2:'),
]
