"""Wrong: Rounded the fraction, not the product: int(validation_fraction) * len(test_data), which is 0; breaks 'validates on test_data, on int(validation_fraction * len(test_data)) batches'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data)), verbose=0)',
     'validation_steps=int(validation_fraction) * len(test_data), verbose=0)'),
]
