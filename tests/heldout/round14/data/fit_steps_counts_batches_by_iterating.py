"""Right: counts the batches by iterating, sum(1 for _ in dataset), instead of len(); for these finite batched datasets the counts are the same, and the rest is the reference."""

EXERCISE, VERDICT = "data.fit_steps", "done"

MUTATE = [
    ('    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch\n',
     '    steps = sum(1 for _ in train_data) if steps_per_epoch is None else steps_per_epoch\n    test_batches = sum(1 for _ in test_data)\n'),
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=int(validation_fraction * test_batches)'),
]
