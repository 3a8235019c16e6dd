"""Wrong: validates on len(test_data) // 4 batches, note 001's quarter, whatever validation_fraction says; breaks 'on int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=len(test_data) // 4'),
]
