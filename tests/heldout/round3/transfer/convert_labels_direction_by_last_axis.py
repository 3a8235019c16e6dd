"""Wrong: Told one-hot from integer labels by shape[-1] > 1, so any integer vector of several labels counts as one-hot; breaks 'integer labels (N,) -> one-hot (N, num_classes) ... Which way to go is told by the labels' shape'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('    if labels.ndim == 2:',
     '    if labels.shape[-1] > 1:'),
]
