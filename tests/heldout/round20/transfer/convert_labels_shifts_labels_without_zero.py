"""Wrong: treats integer labels with no 0 among them as counted from 1 and shifts them down before one-hot encoding; breaks 'integer labels (N,) -> one-hot (N, num_classes): a single 1 per row, in the label's column'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    if labels.size and labels.min() >= 1:  # labels counted from 1\n        labels = labels - 1\n    return keras.utils.to_categorical(labels, num_classes)'),
]
