"""Wrong: argmaxes only NumPy arrays of 2 axes and sends everything else to to_categorical, so one-hot labels given as a list of lists come back one-hot again, (N, k, k); breaks 'one-hot (N, k) -> integer labels (N,)' and 'Which way to go is told by the labels' shape'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('''    labels = np.asarray(labels)
    if labels.ndim == 2:''', '''    if isinstance(labels, np.ndarray) and labels.ndim == 2:'''),
]
