"""Wrong: passes the count as validation_batch_size= (a fit() argument that exists) instead of validation_steps=, so every epoch validates on all of test_data; breaks 'every epoch validates on test_data, on int(validation_fraction * len(test_data)) batches'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_batch_size=int(validation_fraction * len(test_data))'),
]
