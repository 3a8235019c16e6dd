"""Wrong: Argmax over axis 0 of the one-hot rows; breaks 'the position of the 1 in each row'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('return labels.argmax(axis=-1)',
     'return labels.argmax(axis=0)'),
]
