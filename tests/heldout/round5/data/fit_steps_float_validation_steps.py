"""Wrong: Passed validation_steps=validation_fraction * len(test_data) as a float, as note 004 does; breaks 'on int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data)), verbose=0)',
     'validation_steps=validation_fraction * len(test_data), verbose=0)'),
]
