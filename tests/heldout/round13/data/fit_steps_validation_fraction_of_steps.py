"""Wrong: takes the share of the training steps, int(validation_fraction * steps), as the number of validation batches; breaks 'on int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=int(validation_fraction * steps)'),
]
