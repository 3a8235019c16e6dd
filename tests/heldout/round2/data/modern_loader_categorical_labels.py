"""Wrong: Label_mode='categorical', one-hot rows of 2; breaks 'labels of shape (batch, 1), 0.0 or 1.0'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ('label_mode="binary")',
     'label_mode="categorical")'),
]
