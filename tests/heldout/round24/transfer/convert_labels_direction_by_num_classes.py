"""Wrong: the learner chose the direction by num_classes, reasoning that a one-hot input needs no class count and an integer one does: one-hot labels come back as integers and integer labels with num_classes as one-hot, but integer labels with num_classes=None go through argmax and come back as one number; breaks 'Which way to go is told by the labels' shape, not by num_classes' and '[2, 0, 4, 2] with num_classes=None (5 classes)'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('    if labels.ndim == 2:\n        return labels.argmax(axis=-1)',
     '    if num_classes is None:\n        return labels.argmax(axis=-1)'),
]
