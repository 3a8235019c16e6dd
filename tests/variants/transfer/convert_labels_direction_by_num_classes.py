"""Wrong: the direction told by num_classes, so integers without it go to argmax."""
EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "wrong", 'whether or not num_classes is given'
MUTATE = [
    ('if labels.ndim == 2:', 'if num_classes is None:'),
]
