"""Wrong: counts test_data's examples (unbatching it) rather than its batches for the validation share, so validation asks for more batches than there are; breaks 'on int(validation_fraction * len(test_data)) batches'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=int(validation_fraction * sum(1 for _ in test_data.unbatch()))'),
]
