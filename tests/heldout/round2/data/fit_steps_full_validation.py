"""Wrong: Left out validation_steps, validating on every test batch; breaks 'validates ... on int(validation_fraction * len(test_data)) batches'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('validation_data=test_data,\n                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)',
     'validation_data=test_data, verbose=0)'),
]
