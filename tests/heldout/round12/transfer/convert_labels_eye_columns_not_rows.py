"""Wrong: picks columns of the identity matrix instead of rows, so the one-hot array comes out transposed, (num_classes, N); breaks 'integer labels (N,) -> one-hot (N, num_classes): a single 1 per row, in the label's column'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    return np.eye(num_classes or int(labels.max()) + 1)[:, labels]'),
]
