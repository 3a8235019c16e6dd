"""Wrong: passes validation_fraction as fit's validation_split (which datasets do not support) instead of validating on test_data; breaks 'every epoch validates on test_data, on int(validation_fraction * len(test_data)) batches'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('validation_data=test_data,\n                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)',
     'validation_split=validation_fraction, verbose=0)'),
]
