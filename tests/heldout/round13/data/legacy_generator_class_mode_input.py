"""Wrong: passes class_mode="input" (read as 'the labels come from the folders as input'), which yields each image as its own target instead of a label; breaks 'one 0.0 / 1.0 label per image (the binary class mode), by the sorted class folders'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('batch_size=batch_size,\n                                       class_mode="binary")',
     'batch_size=batch_size,\n                                       class_mode="input")'),
]
