"""Wrong: Kept the loader's default label_mode ('int', shape (batch,)); breaks 'labels of shape (batch, 1), 0.0 or 1.0'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ('batch_size=batch_size, label_mode="binary")',
     'batch_size=batch_size)'),
]
