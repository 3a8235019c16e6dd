"""Wrong: the learner decided the direction by num_classes (given: encode; None: decode), which fits the two calls they tried, labels with num_classes=3 and a one-hot array alone; integer labels with num_classes=None are "decoded" into one number; breaks 'Which way to go is told by the labels' shape, not by num_classes' and 'with num_classes=None, as many classes as the largest label + 1'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('    if labels.ndim == 2:\n        return labels.argmax(axis=-1)',
     '    if num_classes is None:\n        return labels.argmax(axis=-1)'),
]
