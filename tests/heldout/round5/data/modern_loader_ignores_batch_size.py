"""Wrong: Left batch_size out of the loader call, so batches are always 32; breaks 'in batches of `batch_size`'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ('batch_size=batch_size, label_mode="binary")',
     'label_mode="binary")'),
]
