"""Wrong: Chose the direction from num_classes (None -> argmax) instead of the shape; breaks 'Which way to go is told by the labels' shape, not by num_classes'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('if labels.ndim == 2:',
     'if num_classes is None:'),
]
