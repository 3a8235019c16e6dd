"""Wrong: Left class_mode at its default, 'categorical' (one-hot rows); breaks 'one 0.0 / 1.0 label per image (the binary class mode)'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ('batch_size=batch_size,\n                                       class_mode="binary")',
     'batch_size=batch_size)'),
]
